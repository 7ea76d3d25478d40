"use client";

import Link from "next/link";
import type { CoverageCell, CoverageClaimRef, CoverageFact, CoverageOutlet } from "@crosscheck/report";
import { anchorHref, claimHref, describeAnchor } from "~/lib/claim-href";
import { isMost } from "~/lib/coverage-filters";
import { formatPublished } from "./format-date";
import styles from "./coverage.module.css";

const GLYPH = { agrees: "✓", differs: "≠", absent: "·" } as const;

/** A column is narrow: a file name loses its extension and long names are cut (the full name is the header's title). */
function shortName(name: string): string {
  const bare = name.replace(/\.(txt|md|html?)$/i, "");
  return bare.length > 14 ? `${bare.slice(0, 12)}…` : bare;
}

function describeCell(cell: CoverageCell, omitted: boolean, claims: Map<string, CoverageClaimRef>): string {
  if (cell.state === "agrees") return `states it${cell.claim ? `: “${cell.claim.text}”` : ""}`;
  if (cell.state === "differs") {
    const values = cell.values.length ? `, gives ${cell.values.map((v) => `“${v}”`).join(", ")}` : "";
    return `states it differently (${cell.severity ?? ""}: ${cell.kinds.join(", ")}${values})${cell.claim ? `: “${cell.claim.text}”` : ""}`;
  }
  return `${omitted ? "leaves it out though most outlets state it" : "does not state it"}${cell.expectedAt ? `; ${describeAnchor(cell.expectedAt, claims)}` : ""}`;
}

function Cell({
  slug,
  fact,
  cell,
  outletCount,
  focused,
  claims,
}: {
  slug: string;
  fact: CoverageFact;
  cell: CoverageCell;
  outletCount: number;
  focused: boolean;
  claims: Map<string, CoverageClaimRef>;
}) {
  const omitted = cell.state === "absent" && isMost(fact.statedBy, outletCount);
  const text = `${cell.outlet}: ${describeCell(cell, omitted, claims)}`;
  const href = cell.claim ? claimHref(slug, cell.claim) : cell.expectedAt ? anchorHref(slug, cell.expectedAt, claims) : null;
  const className = [`cell ${cell.state} ${cell.severity ?? ""}`, omitted ? styles.omitted : "", focused ? styles.focused : ""].join(" ");
  return (
    <td className={className}>
      {/* a plain link: the browser scrolls to the claim's words only on a full page load */}
      {href ? (
        <a href={href} className={styles.glyph} title={text} aria-label={`${fact.label}. ${text}`}>
          {omitted ? "!" : GLYPH[cell.state]}
        </a>
      ) : (
        <span className={styles.glyph} title={text}>
          <span aria-hidden="true">{GLYPH[cell.state]}</span>
          <span className="visually-hidden">{text}</span>
        </span>
      )}
    </td>
  );
}

function FirstReport({ fact }: { fact: CoverageFact }) {
  if (!fact.firstReport) return <span className="muted">unknown</span>;
  const tie = fact.firstReport.tiedWith.length ? ` (same time: ${fact.firstReport.tiedWith.join(", ")})` : "";
  return (
    <>
      {fact.firstReport.outlet}
      <br />
      <span className="muted">
        {formatPublished(fact.firstReport.publishedAt)}
        {tie}
      </span>
    </>
  );
}

function LaterChanges({ fact }: { fact: CoverageFact }) {
  if (!fact.firstReport) return <span className="muted">—</span>;
  if (fact.laterChanges.length === 0) return <span className="muted">no</span>;
  return (
    <ul className={styles.claims}>
      {fact.laterChanges.map((c) => (
        <li key={`${c.kind}-${c.outlet}-${c.to}`}>
          <strong>{c.kind}</strong>: “{c.from}” → “{c.to}” ({c.outlet}, {formatPublished(c.publishedAt)})
        </li>
      ))}
    </ul>
  );
}

/** Facts × outlets: each cell states the fact, states it differently (by severity) or not; a cell opens the claim or the place it would be. */
export function CoverageMatrix({
  slug,
  outlets,
  facts,
  focus,
  claims,
}: {
  slug: string;
  outlets: CoverageOutlet[];
  facts: CoverageFact[];
  focus: string;
  claims: Map<string, CoverageClaimRef>;
}) {
  if (facts.length === 0) return <p className="empty">No fact matches these filters.</p>;
  return (
    <div className="matrix-scroll">
      <table className="matrix" aria-labelledby="facts-heading">
        <thead>
          <tr>
            <th scope="col">Fact</th>
            {outlets.map((o) => (
              <th key={o.name} scope="col" className={`${styles.outletHead} ${o.name === focus ? styles.focused : ""}`} title={o.name}>
                <span aria-hidden="true">{shortName(o.name)}</span>
                <span className="visually-hidden">{o.name}</span>
              </th>
            ))}
            <th scope="col" className="num">
              Stated by
            </th>
            <th scope="col">First reported</th>
            <th scope="col">Value changed later</th>
          </tr>
        </thead>
        <tbody>
          {facts.map((fact) => (
            <tr key={fact.groupId}>
              <th scope="row" className="matrix-label">
                <Link href={`/w/${slug}/groups/${fact.groupId}`}>{fact.label}</Link>
              </th>
              {fact.cells.map((cell) => (
                <Cell
                  key={cell.outlet}
                  slug={slug}
                  fact={fact}
                  cell={cell}
                  outletCount={outlets.length}
                  focused={cell.outlet === focus}
                  claims={claims}
                />
              ))}
              <td className="num">
                {fact.statedBy} of {outlets.length}
              </td>
              <td className={styles.facts}>
                <FirstReport fact={fact} />
              </td>
              <td className="small">
                <LaterChanges fact={fact} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
