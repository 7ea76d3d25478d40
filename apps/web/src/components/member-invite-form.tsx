"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { useHydrated } from "~/lib/use-hydrated";

/**
 * An admin invites an email address with a role. The answer is the same whether or not the
 * address has an account: the person joins by accepting the invitation once signed in.
 */
export function MemberInviteForm({ slug, onInvited }: { slug: string; onInvited: () => void }) {
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<"admin" | "reviewer" | "viewer">("reviewer");
  // typed into before the page's script runs, a field's text would be lost: editable from then on
  const hydrated = useHydrated();
  const invite = useMutation(
    trpc.invitation.create.mutationOptions({
      onSuccess: () => {
        setEmail("");
        onInvited();
      },
    }),
  );
  return (
    <form
      className="toolbar"
      aria-label="Invite a member"
      onSubmit={(e) => (e.preventDefault(), invite.mutate({ workspace: slug, email, role }))}
    >
      <label>
        Email address
        <input type="email" disabled={!hydrated} value={email} onChange={(e) => setEmail(e.target.value)} required maxLength={254} />
      </label>
      <label>
        Role
        <select disabled={!hydrated} value={role} onChange={(e) => setRole(e.target.value as typeof role)}>
          <option value="reviewer">reviewer</option>
          <option value="viewer">viewer</option>
          <option value="admin">admin</option>
        </select>
      </label>
      <button type="submit" disabled={invite.isPending || !email.trim()}>
        Invite
      </button>
      {invite.error ? (
        <p role="alert" className="error-box">
          {invite.error.message}
        </p>
      ) : null}
      {invite.data && !invite.error ? <p role="status">{invite.data.message}</p> : null}
    </form>
  );
}
