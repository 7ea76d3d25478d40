"use client";

import Link from "next/link";
import { LocalTime } from "./local-time";

interface Standing {
  reviewerId: string;
  reviewer: string;
  label: string;
  note: string;
  createdAt: Date;
  /** changed: given before the group gained or lost claims or discrepancies */
  state?: string;
}

interface Props {
  slug: string;
  status: "undecided" | "decided" | "disagreement";
  decidedLabel: string | null;
  requiredAgreement: number;
  standing: Standing[];
  settlement: Omit<Standing, "reviewerId"> | null;
  recheck?: boolean;
}

/** Every reviewer's verdict in force on a group, and where the group stands because of them. */
export function ReviewersVerdicts({ slug, status, decidedLabel, requiredAgreement, standing, settlement, recheck = false }: Props) {
  return (
    <section aria-labelledby="reviewers-heading">
      <h2 id="reviewers-heading">Reviewers’ verdicts</h2>
      <p>
        <DecisionStatusPill status={status} label={decidedLabel} />{" "}
        {settlement ? (
          <>
            settled by {settlement.reviewer}
            {settlement.note ? (
              <>
                : <q>{settlement.note}</q>
              </>
            ) : null}
          </>
        ) : status === "disagreement" ? (
          <>
            the reviewers disagree: an admin settles it in <Link href={`/w/${slug}/curation`}>curation</Link>
          </>
        ) : requiredAgreement > 1 ? (
          <span className="muted">{requiredAgreement} agreeing reviewers decide a group here</span>
        ) : null}
        {recheck ? (
          <span className="pill recheck"> re-check: a verdict was given before the group changed, and waits to be confirmed</span>
        ) : null}
      </p>
      {standing.length === 0 ? (
        <p className="muted">No reviewer has a verdict on this group yet.</p>
      ) : (
        <table aria-label="Reviewers’ verdicts">
          <thead>
            <tr>
              <th scope="col">Reviewer</th>
              <th scope="col">Verdict</th>
              <th scope="col">Note</th>
              <th scope="col">When</th>
            </tr>
          </thead>
          <tbody>
            {standing.map((v) => (
              <tr key={v.reviewerId}>
                <td>{v.reviewer}</td>
                <td>
                  <span className="pill">{v.label}</span>
                  {v.state === "changed" ? <span className="pill recheck">changed since</span> : null}
                </td>
                <td>{v.note || <span className="muted">—</span>}</td>
                <td>
                  <LocalTime at={v.createdAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function DecisionStatusPill({ status, label }: { status: Props["status"]; label: string | null }) {
  if (status === "decided") return <span className="pill">decided{label ? `: ${label}` : ""}</span>;
  if (status === "disagreement") return <span className="pill">reviewers disagree</span>;
  return <span className="pill">not decided yet</span>;
}
