"use client";

import { Suspense, useDeferredValue, useState } from "react";
import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { DecisionStatusPill } from "./curation-verdicts";
import { SeverityChip } from "./severity-chip";
import { ResultsRegion } from "./results-region";
import { DISCREPANCY_KINDS, SEVERITIES } from "~/lib/discrepancy-kinds";
import { toGroupListInput, type GroupFilters as Filters, type StatusFilter } from "~/lib/group-filters";

type Kind = (typeof DISCREPANCY_KINDS)[number];
type SeverityName = (typeof SEVERITIES)[number];

export function GroupQueue({ slug, initialStatus = "" }: { slug: string; initialStatus?: StatusFilter | "" }) {
  const trpc = useTRPC();
  const { data: workspace } = useSuspenseQuery(trpc.workspace.bySlug.queryOptions({ slug }));
  const { data: articles } = useSuspenseQuery(trpc.article.list.queryOptions({ workspace: slug, query: "", outlet: "" }));
  const { data: entities } = useSuspenseQuery(trpc.entity.list.queryOptions({ workspace: slug }));
  const [filters, setFilters] = useState<Filters>({
    kind: "",
    severity: "",
    status: initialStatus,
    articleId: "",
    entityId: "",
    query: "",
  });
  const deferred = useDeferredValue(filters);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">Workspaces</Link> / <Link href={`/w/${slug}`}>{workspace.name}</Link> / claim groups
      </nav>
      <h1>Claim groups</h1>
      <div className="toolbar" role="search" aria-label="Filter claim groups">
        <label>
          Search claims
          <input type="search" value={filters.query} onChange={(e) => set("query", e.target.value)} placeholder="Words in the claims" />
        </label>
        <label>
          Discrepancy kind
          <select value={filters.kind} onChange={(e) => set("kind", e.target.value as Kind | "")}>
            <option value="">Any kind</option>
            {DISCREPANCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label>
          Severity
          <select value={filters.severity} onChange={(e) => set("severity", e.target.value as SeverityName | "")}>
            <option value="">Any severity</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Verdict
          <select value={filters.status} onChange={(e) => set("status", e.target.value as Filters["status"])}>
            <option value="">Any status</option>
            <option value="undecided">Not decided yet</option>
            <option value="decided">Decided</option>
            <option value="disagreement">Reviewers disagree</option>
            <option value="recheck">Re-check: changed since the verdict</option>
          </select>
        </label>
        <label>
          Article
          <select value={filters.articleId} onChange={(e) => set("articleId", e.target.value)}>
            <option value="">Any article</option>
            {articles.articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.outlet ? `${a.outlet}: ` : ""}
                {a.title.slice(0, 60)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Name
          <select value={filters.entityId} onChange={(e) => set("entityId", e.target.value)}>
            <option value="">Any name</option>
            {entities.map((e) => (
              <option key={e.id} value={e.id}>
                {e.canonical} ({e.type})
              </option>
            ))}
          </select>
        </label>
      </div>
      <ResultsRegion label="Matching claim groups" stale={deferred !== filters}>
        <Suspense fallback={<p aria-busy="true">Loading claim groups…</p>}>
          <GroupTable slug={slug} filters={{ ...deferred, query: deferred.query.trim() }} />
        </Suspense>
      </ResultsRegion>
    </>
  );
}

function GroupTable({ slug, filters }: { slug: string; filters: Filters }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.group.list.queryOptions(toGroupListInput(slug, filters)));
  return (
    <>
      <p aria-live="polite">
        <progress max={Math.max(1, data.total)} value={data.reviewed} aria-label="Groups reviewed" /> {data.reviewed} of {data.total} groups
        reviewed
        {data.disagreements > 0 ? (
          <>
            {" "}
            · <Link href={`/w/${slug}/curation`}>{data.disagreements} in disagreement</Link>
          </>
        ) : null}
        {data.recheck > 0 ? (
          <>
            {" "}
            · <strong>{data.recheck} to re-check</strong> (changed since their verdict)
          </>
        ) : null}
        {" · "}
        <Link href={`/w/${slug}/verdicts`}>detached verdicts</Link>
        {data.requiredAgreement > 1 ? ` · ${data.requiredAgreement} agreeing reviewers decide a group` : ""} · showing {data.groups.length}
      </p>
      {data.groups.length === 0 ? (
        <p className="empty">
          {data.total === 0
            ? "No claim groups yet: the articles have not been analysed, or no claim is shared between them."
            : "No claim group matches these filters."}
        </p>
      ) : (
        <table aria-label="Claim groups">
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Group</th>
              <th scope="col">Articles</th>
              <th scope="col">Discrepancies</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {data.groups.map((g) => (
              <tr key={g.id}>
                <td>
                  <SeverityChip severity={g.severity} />
                </td>
                <td>
                  <Link href={`/w/${slug}/groups/${g.id}`}>{g.label}</Link>
                </td>
                <td className="num">{new Set(g.claims.map((c) => c.articleId)).size}</td>
                <td>
                  {g.discrepancies
                    .filter((d) => !d.dismissed)
                    .map((d) => (
                      <span key={d.id} className={`chip ${d.severity}`}>
                        {d.kind}
                      </span>
                    ))}
                </td>
                <td>
                  {g.status === "undecided" && g.standing.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <DecisionStatusPill status={g.status} label={g.decidedLabel} />
                  )}
                  {g.standing.length > 1 ? <span className="muted"> ({g.standing.length} reviewers)</span> : null}
                  {g.recheck ? (
                    <span className="pill recheck" title="The group gained or lost claims or discrepancies since a verdict on it">
                      re-check
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
