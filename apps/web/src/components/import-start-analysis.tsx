"use client";

import { useCallback } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

const POLL_MS = 1000;
const GIVE_UP_MS = 15 * 60_000;

export type AnalysisStart = "started" | "queued" | "failed";

/**
 * Starts the workspace's analysis so that what was just imported or corrected is included. One run
 * per workspace at a time: when one is already running (it may have read the articles before this
 * change), wait for it to end and start another, rather than leave the change unanalysed.
 */
export function useStartAnalysisWhenFree(slug: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const run = useMutation(trpc.analysis.run.mutationOptions());
  return useCallback(
    async (onQueued?: () => void): Promise<AnalysisStart> => {
      const deadline = Date.now() + GIVE_UP_MS;
      for (let queued = false; Date.now() < deadline; ) {
        try {
          await run.mutateAsync({ workspace: slug });
          await queryClient.invalidateQueries({ queryKey: trpc.analysis.pathKey() });
          return queued ? "queued" : "started";
        } catch (error) {
          if ((error as { data?: { code?: string } }).data?.code !== "TOO_MANY_REQUESTS") return "failed";
          if (!queued) onQueued?.();
          queued = true;
          await queryClient.invalidateQueries({ queryKey: trpc.analysis.pathKey() });
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      }
      return "failed";
    },
    [run, queryClient, trpc, slug],
  );
}
