"use client";

import { useState } from "react";
import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

const SCOPE_NAMES: Record<string, string> = { overall: "All groups", none: "Groups without a discrepancy" };
const STATISTIC_NAMES = { "cohen-kappa": "Cohen’s kappa", "krippendorff-alpha": "Krippendorff’s alpha" } as const;

const formatRatio = (value: number | null) => (value === null ? "—" : value.toFixed(3));
const formatShare = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);

/** Agreement between reviewers per discrepancy kind: kappa for two reviewers, alpha for more. */
export function AgreementSummary({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const { data: workspace } = useSuspenseQuery(trpc.workspace.bySlug.queryOptions({ slug }));
  const { data } = useSuspenseQuery(trpc.agreement.summary.queryOptions({ workspace: slug }));
  const [scope, setScope] = useState<"rated" | "all">("rated");
  const [reviewerQuery, setReviewerQuery] = useState("");
  const names = new Map(data.reviewers.map((r) => [r.id, r.name]));
  const rows = data.rows.filter((r) => scope === "all" || r.scope === "overall" || r.groups > 0);
  const needle = reviewerQuery.trim().toLowerCase();
  const pairs = data.pairs.filter((p) => !needle || [p.a, p.b].some((id) => names.get(id)?.toLowerCase().includes(needle)));
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">Workspaces</Link> / <Link href={`/w/${slug}`}>{workspace.name}</Link> / agreement
      </nav>
      <h1>Agreement between reviewers</h1>
      <p className="muted">
        Each reviewer’s verdict in force on a group is their rating (an admin’s settling verdict is a ruling, not a rating). With two
        reviewers the figure is Cohen’s kappa over the groups both rated; with more, Krippendorff’s alpha (nominal), which allows missing
        ratings. 1 is perfect agreement, 0 what chance alone would give. {data.requiredAgreement} agreeing{" "}
        {data.requiredAgreement === 1 ? "verdict decides" : "reviewers decide"} a group here (
        <Link href={`/w/${slug}/curation`}>curation</Link>).
      </p>
      <p className="muted" data-testid="agreement-current-only">
        Only current verdicts count: a verdict given before its group gained or lost claims or discrepancies rated something else, so it is
        left out until its reviewer confirms or replaces it
        {data.changedLeftOut > 0 ? (
          <>
            {" "}
            (<Link href={`/w/${slug}/groups?status=recheck`}>{data.changedLeftOut} left out now</Link>)
          </>
        ) : null}
        .
      </p>
      <div className="toolbar" role="search" aria-label="Filter agreement figures">
        <label>
          Kinds shown
          <select value={scope} onChange={(e) => setScope(e.target.value as "rated" | "all")}>
            <option value="rated">Kinds found in this workspace</option>
            <option value="all">Every discrepancy kind</option>
          </select>
        </label>
      </div>
      <table aria-label="Agreement per discrepancy kind">
        <thead>
          <tr>
            <th scope="col">Discrepancy kind</th>
            <th scope="col" className="num">
              Groups
            </th>
            <th scope="col" className="num">
              Items (rated by 2+)
            </th>
            <th scope="col" className="num">
              Reviewers
            </th>
            <th scope="col" className="num">
              Observed agreement
            </th>
            <th scope="col">Statistic</th>
            <th scope="col" className="num">
              Value
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.scope}>
              <th scope="row">{SCOPE_NAMES[r.scope] ?? r.scope}</th>
              <td className="num">{r.groups}</td>
              <td className="num">{r.items}</td>
              <td className="num">{r.reviewers}</td>
              <td className="num">{formatShare(r.observed)}</td>
              <td>{r.statistic ? STATISTIC_NAMES[r.statistic] : <span className="muted">needs two reviewers on the same groups</span>}</td>
              <td className="num">{r.statistic ? formatRatio(r.value) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="pairs-heading">Reviewer pairs</h2>
      <div className="toolbar" role="search" aria-label="Filter reviewer pairs">
        <label>
          Search reviewers
          <input type="search" value={reviewerQuery} onChange={(e) => setReviewerQuery(e.target.value)} placeholder="Name" />
        </label>
      </div>
      {pairs.length === 0 ? (
        <p className="empty">
          {data.pairs.length === 0 ? "Fewer than two reviewers have recorded verdicts in this workspace." : "No pair matches this name."}
        </p>
      ) : (
        <table aria-labelledby="pairs-heading">
          <thead>
            <tr>
              <th scope="col">Reviewers</th>
              <th scope="col" className="num">
                Groups both rated
              </th>
              <th scope="col" className="num">
                Observed agreement
              </th>
              <th scope="col" className="num">
                Cohen’s kappa
              </th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((p) => (
              <tr key={`${p.a}-${p.b}`}>
                <th scope="row">
                  {names.get(p.a) ?? "?"} and {names.get(p.b) ?? "?"}
                </th>
                <td className="num">{p.items}</td>
                <td className="num">{formatShare(p.observed)}</td>
                <td className="num">{formatRatio(p.kappa)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Reviewers</h2>
      <ul>
        {data.reviewers.map((r) => (
          <li key={r.id}>
            {r.name}: {r.rated} groups rated
          </li>
        ))}
      </ul>
    </>
  );
}
