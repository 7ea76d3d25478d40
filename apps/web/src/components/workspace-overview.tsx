"use client";

import { Suspense, useDeferredValue, useState } from "react";
import { ResultsRegion } from "./results-region";
import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { AnalysisControl } from "./analysis-control";
import { ArticleTable } from "./article-table";
import { ImportArticles } from "./import-articles";

export function WorkspaceOverview({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const { data: workspace } = useSuspenseQuery(trpc.workspace.bySlug.queryOptions({ slug }));
  const [query, setQuery] = useState("");
  const [outlet, setOutlet] = useState("");
  const deferredQuery = useDeferredValue(query.trim());
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">Workspaces</Link> / {workspace.name}
      </nav>
      <h1>{workspace.name}</h1>
      <nav className="section-nav" aria-label="Workspace">
        <Link href={`/w/${slug}/groups`}>Review claim groups</Link>
        <Link href={`/w/${slug}/overview`}>Matrix and timeline</Link>
        <Link href={`/w/${slug}/coverage`}>Coverage by outlet</Link>
        <Link href={`/w/${slug}/entities`}>Names</Link>
        <Link href={`/w/${slug}/report`}>Report and export</Link>
        <Link href={`/w/${slug}/members`}>Members</Link>
        <Link href={`/w/${slug}/agreement`}>Agreement between reviewers</Link>
        <Link href={`/w/${slug}/curation`}>Curation</Link>
        <Link href={`/w/${slug}/verdicts`}>Detached verdicts</Link>
        <Link href={`/w/${slug}/audit`}>Audit trail</Link>
      </nav>
      <Suspense
        fallback={
          <p className="analysis-control muted" aria-busy="true">
            Checking the analysis…
          </p>
        }
      >
        <AnalysisControl slug={slug} />
      </Suspense>
      <h2 id="articles-heading">Articles</h2>
      <div className="toolbar" role="search" aria-label="Filter articles">
        <label>
          Search articles
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Title, file or text" />
        </label>
        <Suspense fallback={null}>
          <OutletFilter slug={slug} value={outlet} onChange={setOutlet} />
        </Suspense>
      </div>
      <ResultsRegion label="Matching articles" stale={deferredQuery !== query.trim()}>
        <Suspense fallback={<p aria-busy="true">Loading articles…</p>}>
          <ArticleTable slug={slug} query={deferredQuery} outlet={outlet} />
        </Suspense>
      </ResultsRegion>
      <ImportArticles slug={slug} />
    </>
  );
}

function OutletFilter({ slug, value, onChange }: { slug: string; value: string; onChange: (v: string) => void }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.article.list.queryOptions({ workspace: slug, query: "", outlet: "" }));
  return (
    <label>
      Outlet
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All outlets</option>
        {data.outlets.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}
