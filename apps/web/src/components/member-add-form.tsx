"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { useHydrated } from "~/lib/use-hydrated";

export function MemberAddForm({ slug, onAdded }: { slug: string; onAdded: () => void }) {
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<"admin" | "reviewer" | "viewer">("reviewer");
  // typed into before the page's script runs, a field's text would be lost: editable from then on
  const hydrated = useHydrated();
  const add = useMutation(
    trpc.member.add.mutationOptions({
      onSuccess: () => {
        setEmail("");
        onAdded();
      },
    }),
  );
  return (
    <form className="toolbar" aria-label="Add a member" onSubmit={(e) => (e.preventDefault(), add.mutate({ workspace: slug, email, role }))}>
      <label>
        Email of the account
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
      <button type="submit" disabled={add.isPending || !email.trim()}>
        Add member
      </button>
      {add.error ? (
        <p role="alert" className="error-box">
          {add.error.message}
        </p>
      ) : null}
      {add.isSuccess ? <p role="status">Added.</p> : null}
    </form>
  );
}
