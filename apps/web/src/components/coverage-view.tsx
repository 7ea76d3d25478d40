"use client";

import { useDeferredValue, useMemo, useState } from "react";
import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { indexCellClaims } from "~/lib/claim-href";
import { matchesOutletAndQuery, NO_COVERAGE_FILTERS, selectFacts, type CoverageFilters } from "~/lib/coverage-filters";
import { CoverageFilterBar } from "./coverage-filter-bar";
import { CoverageMatrix } from "./coverage-matrix";
import { CoverageOmissions } from "./coverage-omissions";
import { CoverageOutletTable } from "./coverage-outlet-table";
import { CoverageUniqueClaims } from "./coverage-unique-claims";
import { ResultsRegion } from "./results-region";
import styles from "./coverage.module.css";

const DOWNLOADS = [
  ["csv", "CSV (a row per fact and outlet)"],
  ["md", "Markdown"],
  ["json", "JSON"],
] as const;

/** Fact by fact, what each outlet stated, left out or said differently; what each said alone. */
export function CoverageView({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const { data: workspace } = useSuspenseQuery(trpc.workspace.bySlug.queryOptions({ slug }));
  const { data } = useSuspenseQuery(trpc.coverage.get.queryOptions({ workspace: slug }));
  const { coverage } = data;
  const [filters, setFilters] = useState<CoverageFilters>(NO_COVERAGE_FILTERS);
  const deferred = useDeferredValue(filters);
  const facts = useMemo(() => selectFacts(coverage, deferred), [coverage, deferred]);
  const claims = useMemo(() => indexCellClaims(coverage), [coverage]);
  const omissions = coverage.omissions.filter((m) => matchesOutletAndQuery({ outlet: m.outlet, text: m.label }, deferred));
  const unique = coverage.uniqueClaims.filter((u) => matchesOutletAndQuery(u, deferred));
  const stale = deferred !== filters;
  const focus = (outlet: string) => {
    setFilters((f) => ({ ...f, outlet }));
    document.getElementById("facts-heading")?.scrollIntoView();
  };
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">Workspaces</Link> / <Link href={`/w/${slug}`}>{workspace.name}</Link> / coverage
      </nav>
      <h1>Coverage</h1>
      <p className="muted">
        Fact by fact (a claim group is one fact): which outlet states it as most do, states it differently, or leaves it out. A fact more
        than half of the outlets state is an omission of each outlet that does not; what only one outlet states is its unique claim. Only
        the current version of each article counts.
      </p>
      <ul className="stats" aria-label="Coverage in figures">
        <li>
          <strong>{coverage.outlets.length}</strong> outlets
        </li>
        <li>
          <strong>{coverage.facts.length}</strong> facts
        </li>
        <li>
          <strong>{coverage.omissions.length}</strong> omissions
        </li>
        <li>
          <strong>{coverage.uniqueClaims.length}</strong> unique claims
        </li>
      </ul>
      <p>
        Download:{" "}
        {DOWNLOADS.map(([format, name], i) => (
          <span key={format}>
            {i > 0 ? " · " : ""}
            <a href={`/api/workspaces/${slug}/coverage?format=${format}`} download>
              {name}
            </a>
          </span>
        ))}
      </p>

      <h2 id="outlets-heading">By outlet</h2>
      {coverage.outlets.length ? (
        <CoverageOutletTable outlets={coverage.outlets} onFocus={focus} />
      ) : (
        <p className="empty">No articles yet.</p>
      )}

      <h2 id="facts-heading">Facts by outlet</h2>
      <CoverageFilterBar filters={filters} outlets={coverage.outlets} onChange={setFilters} />
      <ul className="legend" aria-label="Legend">
        <li>
          <span className="cell agrees">
            <span className={styles.legendGlyph}>✓</span>
          </span>{" "}
          states it as most do
        </li>
        <li>
          <span className="cell differs variant">
            <span className={styles.legendGlyph}>≠</span>
          </span>{" "}
          spelling variant
        </li>
        <li>
          <span className="cell differs minor">
            <span className={styles.legendGlyph}>≠</span>
          </span>{" "}
          minor difference
        </li>
        <li>
          <span className="cell differs conflict">
            <span className={styles.legendGlyph}>≠</span>
          </span>{" "}
          conflict
        </li>
        <li>
          <span className={`cell absent ${styles.omitted}`}>
            <span className={styles.legendGlyph}>!</span>
          </span>{" "}
          leaves out what most state
        </li>
        <li>
          <span className="cell absent">
            <span className={styles.legendGlyph}>·</span>
          </span>{" "}
          does not state it
        </li>
      </ul>
      <ResultsRegion label="Matching facts" stale={stale}>
        <p className="muted small" aria-live="polite">
          Showing {facts.length} of {coverage.facts.length} facts.
        </p>
        <CoverageMatrix slug={slug} outlets={coverage.outlets} facts={facts} focus={deferred.outlet} claims={claims} />
      </ResultsRegion>

      <h2 id="omissions-heading">Omissions</h2>
      <CoverageOmissions slug={slug} omissions={omissions} total={coverage.omissions.length} claims={claims} />

      <h2 id="unique-heading">Unique claims</h2>
      <CoverageUniqueClaims slug={slug} outlets={coverage.outlets} claims={unique} total={coverage.uniqueClaims.length} />
    </>
  );
}
