"use client";

import { useId, useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { VERDICTS, type VerdictLabel } from "./verdict-panel";

/** An admin's settling verdict on one disagreement; a note saying why is required. */
export function CurationSettleForm({
  slug,
  groupId,
  version,
  labels,
}: {
  slug: string;
  groupId: string;
  version: number;
  labels: string[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [label, setLabel] = useState<VerdictLabel>(
    (VERDICTS.find((v) => labels.includes(v.label))?.label ?? "discrepancy") as VerdictLabel,
  );
  const [note, setNote] = useState("");
  const settle = useMutation(
    trpc.curation.settle.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.curation.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.group.pathKey() }),
        ]),
    }),
  );
  const conflict = settle.error?.data?.code === "CONFLICT";
  return (
    <form
      aria-label="Settle this disagreement"
      onSubmit={(e) => {
        e.preventDefault();
        settle.mutate({ workspace: slug, groupId, label, note, expectedVersion: version });
      }}
    >
      <div className="toolbar">
        <label htmlFor={`${id}-label`}>
          Settling verdict
          <select id={`${id}-label`} value={label} onChange={(e) => setLabel(e.target.value as VerdictLabel)}>
            {VERDICTS.map((v) => (
              <option key={v.label} value={v.label}>
                {v.label}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-note`}>
          Why (required)
          <textarea id={`${id}-note`} rows={2} value={note} maxLength={5000} required onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" disabled={settle.isPending || note.trim() === ""}>
          Settle
        </button>
      </div>
      {settle.error ? (
        <p role="alert" className="error-box">
          {settle.error.message}{" "}
          {conflict ? (
            <button
              type="button"
              onClick={() => void queryClient.invalidateQueries({ queryKey: trpc.curation.pathKey() }).then(() => settle.reset())}
            >
              Reload
            </button>
          ) : null}
        </p>
      ) : null}
    </form>
  );
}
