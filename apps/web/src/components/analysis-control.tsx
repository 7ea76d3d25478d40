"use client";

import { useEffect, useRef } from "react";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { LocalTime } from "./local-time";
import { useHydrated } from "~/lib/use-hydrated";

/**
 * Re-runs the analysis in the background and shows its progress; the page stays usable meanwhile.
 * A run whose process stopped (its heartbeat ceased) is reported interrupted by the server, so the
 * page offers a re-run instead of a progress bar that never moves.
 */
export function AnalysisControl({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Suspense with a server prefetch: the first paint states the real status, never a false "Not analysed yet".
  const status = useSuspenseQuery({
    ...trpc.analysis.status.queryOptions({ workspace: slug }),
    refetchInterval: (query) => (query.state.data?.status === "running" || query.state.data?.pending ? 500 : false),
  });
  const run = useMutation(
    trpc.analysis.run.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.analysis.status.queryKey({ workspace: slug }) }),
    }),
  );
  // pending: this server has a run queued, behind another process's live run or about to begin
  const running = status.data?.status === "running" || status.data?.pending === true || run.isPending;
  const hydrated = useHydrated();
  const wasRunning = useRef(false);
  useEffect(() => {
    if (wasRunning.current && !running) {
      void queryClient.invalidateQueries({ queryKey: trpc.group.pathKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.article.pathKey() });
    }
    wasRunning.current = running;
  }, [running, queryClient, trpc]);

  const s = status.data;
  return (
    <div className="analysis-control" aria-live="polite">
      <button type="button" onClick={() => run.mutate({ workspace: slug })} disabled={!hydrated || running}>
        {running ? "Analysing…" : "Re-run analysis"}
      </button>{" "}
      {s?.status === "running" ? (
        <span>
          <progress max={Math.max(1, s.total)} value={s.done} aria-label="Analysis progress" /> {s.stage ?? "starting"} {s.done}/{s.total}
        </span>
      ) : running ? (
        <span className="muted">Starting…</span>
      ) : s?.status === "interrupted" ? (
        <span className="error-box" role="alert">
          The last run was interrupted{s.stage ? ` (at ${s.stage})` : ""} and nothing of it was stored. Re-run the analysis.
        </span>
      ) : s?.status === "failed" ? (
        <span className="error-box" role="alert">
          The last analysis failed: {s.error}
        </span>
      ) : s?.finishedAt ? (
        <span className="muted">
          Last analysed <LocalTime at={s.finishedAt} />
        </span>
      ) : (
        <span className="muted">Not analysed yet</span>
      )}
      {!running && s?.outdated ? (
        <p className="notice">
          These results come from an earlier version of the engine ({s.analysedBy ?? "unknown"}); this server runs {s.engineVersion}. Re-run
          the analysis to apply its changes: verdicts, links and merges made by hand are kept.
        </p>
      ) : null}
      {run.error ? (
        <span role="alert" className="error-box">
          {run.error.message}
        </span>
      ) : null}
    </div>
  );
}
