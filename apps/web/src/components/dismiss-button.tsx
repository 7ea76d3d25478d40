"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

/** A discrepancy the engine got wrong can be dismissed; re-analysis keeps it dismissed. */
export function DismissButton({
  slug,
  discrepancyId,
  dismissed,
  kind,
  groupId,
  version,
}: {
  slug: string;
  discrepancyId: string;
  dismissed: boolean;
  kind: string;
  groupId?: string;
  version?: number;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mutation = useMutation(
    trpc.alignment.dismissDiscrepancy.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.group.pathKey() }),
    }),
  );
  return (
    <>
      <button
        type="button"
        className="small-button"
        disabled={mutation.isPending}
        onClick={() => mutation.mutate({ workspace: slug, discrepancyId, dismissed: !dismissed, groupId, expectedVersion: version })}
      >
        {dismissed ? `Restore ${kind} discrepancy` : `Dismiss ${kind} discrepancy`}
      </button>
      {mutation.error ? (
        <span role="alert" className="error-box">
          {mutation.error.message}
        </span>
      ) : null}
    </>
  );
}
