"use client";

import Link from "next/link";
import type { CoverageClaimRef, CoverageOmission } from "@crosscheck/report";
import { anchorHref, describeAnchor } from "~/lib/claim-href";
import { SeverityChip } from "./severity-chip";

/** What each outlet leaves out of the facts most outlets state, the most widely stated first. */
export function CoverageOmissions({
  slug,
  omissions,
  total,
  claims,
}: {
  slug: string;
  omissions: CoverageOmission[];
  total: number;
  claims: Map<string, CoverageClaimRef>;
}) {
  if (total === 0) return <p className="empty">No outlet leaves out a fact most outlets state.</p>;
  if (omissions.length === 0) return <p className="empty">No omission matches these filters.</p>;
  return (
    <table aria-labelledby="omissions-heading">
      <thead>
        <tr>
          <th scope="col">Outlet</th>
          <th scope="col">Leaves out</th>
          <th scope="col" className="num">
            Stated by
          </th>
          <th scope="col">Where it would be</th>
        </tr>
      </thead>
      <tbody>
        {omissions.map((m) => (
          <tr key={`${m.outlet}-${m.groupId}`}>
            <td>{m.outlet}</td>
            <td>
              <Link href={`/w/${slug}/groups/${m.groupId}`}>{m.label}</Link> {m.severity ? <SeverityChip severity={m.severity} /> : null}
            </td>
            <td className="num">
              {m.statedBy} of {m.outletCount}
            </td>
            <td className="small">
              {m.expectedAt ? <a href={anchorHref(slug, m.expectedAt, claims)}>{describeAnchor(m.expectedAt, claims)}</a> : "—"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
