"use client";

import { Suspense, useDeferredValue, useState } from "react";
import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { DetachedVerdictActions } from "./detached-verdict-actions";
import { LocalTime } from "./local-time";
import { ResultsRegion } from "./results-region";

/**
 * Verdicts whose group a re-analysis or a hand fix broke up so that no group holds most of their
 * claims: never deleted, listed here with what they judged, for a reviewer to re-attach or retire.
 */
export function DetachedVerdicts({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const { data: workspace } = useSuspenseQuery(trpc.workspace.bySlug.queryOptions({ slug }));
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query.trim());
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">Workspaces</Link> / <Link href={`/w/${slug}`}>{workspace.name}</Link> / detached verdicts
      </nav>
      <h1>Detached verdicts</h1>
      <p className="muted">
        A verdict stays with the group that holds most of the claims it was given on. When a re-analysis or a fix of the grouping leaves no
        such group, the verdict waits here with its claims: re-attach it to the group that now holds its fact (the group page then shows
        what changed), or retire it if it applies to nothing any more. Retired verdicts stay in the history and the audit trail.
      </p>
      <div className="toolbar" role="search" aria-label="Filter detached verdicts">
        <label>
          Search
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Words in the claims or the note" />
        </label>
      </div>
      <ResultsRegion label="Detached verdicts" stale={deferred !== query.trim()}>
        <Suspense fallback={<p aria-busy="true">Loading detached verdicts…</p>}>
          <DetachedList slug={slug} query={deferred} />
        </Suspense>
      </ResultsRegion>
    </>
  );
}

function DetachedList({ slug, query }: { slug: string; query: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.verdict.listDetached.queryOptions({ workspace: slug, ...(query ? { query } : {}) }));
  const { data: access } = useSuspenseQuery(trpc.member.myRole.queryOptions({ workspace: slug }));
  if (data.length === 0)
    return (
      <p className="empty">
        {query ? "No detached verdict matches this search." : "No detached verdicts: every verdict belongs to a group."}
      </p>
    );
  return (
    <ol className="detached-verdicts" aria-label="Detached verdicts">
      {data.map((v) => (
        <li key={v.id} className="detached-verdict">
          <p>
            <strong>{v.label}</strong> by {v.reviewer}, <LocalTime at={v.createdAt} />
            {v.settles ? <span className="pill">settling verdict</span> : null}
            {v.onDiscrepancy ? (
              <>
                {" "}
                on the {v.onDiscrepancy.kind} discrepancy {v.onDiscrepancy.values.join(" / ")}
              </>
            ) : null}
            {v.note ? (
              <>
                : <q>{v.note}</q>
              </>
            ) : null}
          </p>
          <ul className="detached-claims">
            {v.claims.map((c, i) => (
              <li key={i}>
                <span className="muted">{c.source}:</span> {c.text}
              </li>
            ))}
          </ul>
          {access.role !== "viewer" ? <DetachedVerdictActions slug={slug} verdictId={v.id} hint={v.claims[0]?.text ?? ""} /> : null}
        </li>
      ))}
    </ol>
  );
}
