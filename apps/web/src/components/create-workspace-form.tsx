"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { useHydrated } from "~/lib/use-hydrated";

export function CreateWorkspaceForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState("");
  // typed into before the page's script runs, a field's text would be lost: editable from then on
  const hydrated = useHydrated();
  const create = useMutation(trpc.workspace.create.mutationOptions({ onSuccess: (w) => router.push(`/w/${w.slug}`) }));
  return (
    <form className="toolbar" onSubmit={(e) => (e.preventDefault(), create.mutate({ name }))} aria-label="New workspace">
      <label>
        New workspace
        <input
          type="text"
          disabled={!hydrated}
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="e.g. Minsk summit, August 2025"
          required
          maxLength={120}
        />
      </label>
      <button type="submit" disabled={create.isPending || !name.trim()}>
        Create
      </button>
      {create.error ? (
        <p role="alert" className="error-box">
          {create.error.message}
        </p>
      ) : null}
    </form>
  );
}
