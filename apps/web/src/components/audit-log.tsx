"use client";

import { Suspense, useDeferredValue, useState } from "react";
import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { LocalTime } from "./local-time";

interface Filters {
  action: string;
  reviewerId: string;
  from: string;
  to: string;
  query: string;
}

const EMPTY: Filters = { action: "", reviewerId: "", from: "", to: "", query: "" };

function auditInput(slug: string, f: Filters, cursor?: string) {
  return {
    workspace: slug,
    ...(f.action ? { action: f.action } : {}),
    ...(f.reviewerId ? { reviewerId: f.reviewerId } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.query ? { query: f.query } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

/** The workspace's audit trail: every change, who made it and when, newest first. Read-only. */
export function AuditLog({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const { data: workspace } = useSuspenseQuery(trpc.workspace.bySlug.queryOptions({ slug }));
  const { data: facets } = useSuspenseQuery(trpc.audit.list.queryOptions({ workspace: slug }));
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const deferred = useDeferredValue(filters);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const settled = { ...deferred, query: deferred.query.trim() };
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">Workspaces</Link> / <Link href={`/w/${slug}`}>{workspace.name}</Link> / audit trail
      </nav>
      <h1>Audit trail</h1>
      <p className="muted">
        Every change to this workspace — imports, analyses, verdicts, fixes, merges, settlements, settings — with who made it and when.
        Entries are never changed or removed.
      </p>
      <div className="toolbar" role="search" aria-label="Filter the audit trail">
        <label>
          Search
          <input type="search" value={filters.query} onChange={(e) => set("query", e.target.value)} placeholder="Action, note, id…" />
        </label>
        <label>
          Action
          <select value={filters.action} onChange={(e) => set("action", e.target.value)}>
            <option value="">Any action</option>
            {facets.actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label>
          Reviewer
          <select value={filters.reviewerId} onChange={(e) => set("reviewerId", e.target.value)}>
            <option value="">Anyone</option>
            {facets.reviewers.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input type="date" value={filters.from} onChange={(e) => set("from", e.target.value)} />
        </label>
        <label>
          To
          <input type="date" value={filters.to} onChange={(e) => set("to", e.target.value)} />
        </label>
        <button type="button" onClick={() => setFilters(EMPTY)} disabled={filters === EMPTY}>
          Clear filters
        </button>
      </div>
      <Suspense fallback={<p aria-busy="true">Loading the audit trail…</p>}>
        <AuditPages key={JSON.stringify(settled)} slug={slug} filters={settled} />
      </Suspense>
    </>
  );
}

function AuditPages({ slug, filters }: { slug: string; filters: Filters }) {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return (
    <table aria-label="Audit events">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Action</th>
          <th scope="col">Target</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      {cursors.map((cursor, i) => (
        <Suspense
          key={cursor ?? "first"}
          fallback={
            <tbody>
              <tr>
                <td colSpan={5} aria-busy="true">
                  Loading…
                </td>
              </tr>
            </tbody>
          }
        >
          <AuditPage
            slug={slug}
            filters={filters}
            cursor={cursor}
            first={i === 0}
            last={i === cursors.length - 1}
            onMore={(next) => setCursors((c) => [...c, next])}
          />
        </Suspense>
      ))}
    </table>
  );
}

function AuditPage({
  slug,
  filters,
  cursor,
  first,
  last,
  onMore,
}: {
  slug: string;
  filters: Filters;
  cursor?: string;
  first: boolean;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.audit.list.queryOptions(auditInput(slug, filters, cursor)));
  return (
    <tbody>
      {first && data.events.length === 0 ? (
        <tr>
          <td colSpan={5} className="muted">
            No event matches these filters.
          </td>
        </tr>
      ) : null}
      {data.events.map((e) => (
        <tr key={e.id}>
          <td>
            <LocalTime at={e.createdAt} />
          </td>
          <td>{e.reviewer?.name ?? <span className="muted">system</span>}</td>
          <td>
            <code>{e.action}</code>
          </td>
          <td>
            {e.targetType === "group" && e.targetId ? <Link href={`/w/${slug}/groups/${e.targetId}`}>group</Link> : (e.targetType ?? "—")}
          </td>
          <td className="audit-details">{describeDetails(e.details)}</td>
        </tr>
      ))}
      {last && data.nextCursor ? (
        <tr>
          <td colSpan={5}>
            <button type="button" onClick={() => data.nextCursor && onMore(data.nextCursor)}>
              Load older events
            </button>
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}

/** Details as plain text (rendered by React as text, never as markup), long values cut. */
function describeDetails(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" · ")
    .slice(0, 400);
}
