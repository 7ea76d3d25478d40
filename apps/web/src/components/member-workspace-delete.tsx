"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { useHydrated } from "~/lib/use-hydrated";

/** Deleting a workspace is final: its admin types the slug to confirm. */
export function MemberWorkspaceDelete({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const [confirm, setConfirm] = useState("");
  // typed into before the page's script runs, a field's text would be lost: editable from then on
  const hydrated = useHydrated();
  const remove = useMutation(trpc.workspace.delete.mutationOptions({ onSuccess: () => window.location.assign("/") }));
  return (
    <form
      className="toolbar"
      aria-label="Delete the workspace"
      onSubmit={(e) => (e.preventDefault(), remove.mutate({ workspace: slug, confirm }))}
    >
      <label>
        Type “{slug}” to delete this workspace with all its articles, verdicts and history
        <input
          type="text"
          disabled={!hydrated}
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          maxLength={80}
          autoComplete="off"
        />
      </label>
      <button type="submit" disabled={remove.isPending || confirm !== slug}>
        Delete the workspace
      </button>
      {remove.error ? (
        <p role="alert" className="error-box">
          {remove.error.message}
        </p>
      ) : null}
    </form>
  );
}
