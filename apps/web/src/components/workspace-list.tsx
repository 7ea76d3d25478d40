"use client";

import { Suspense, useDeferredValue, useState } from "react";
import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

function WorkspaceCards({ query }: { query: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.workspace.list.queryOptions({ query }));
  if (data.length === 0)
    return (
      <p className="empty">
        {query
          ? `No workspace matches "${query}".`
          : "No workspaces yet. Import articles with the CLI: pnpm crosscheck import <files> --workspace NAME"}
      </p>
    );
  return (
    <ul className="cards" aria-label="Workspaces">
      {data.map((w) => (
        <li key={w.id} className="card">
          <h2>
            <Link href={`/w/${w.slug}`}>{w.name}</Link>
          </h2>
          <p className="muted">
            {w.articleCount} {w.articleCount === 1 ? "article" : "articles"} · {w.groupCount} claim groups
          </p>
        </li>
      ))}
    </ul>
  );
}

export function WorkspaceList() {
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  return (
    <>
      <div className="toolbar" role="search">
        <label>
          Search workspaces
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Name or slug" />
        </label>
      </div>
      <Suspense fallback={<p aria-busy="true">Loading workspaces…</p>}>
        <WorkspaceCards query={deferred.trim()} />
      </Suspense>
    </>
  );
}
