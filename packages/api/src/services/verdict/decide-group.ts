export type DecisionStatus = "undecided" | "decided" | "disagreement";

export interface VerdictRow {
  id: string;
  reviewerId: string;
  label: string;
  note: string;
  createdAt: Date;
  retractedAt: Date | null;
  settles: boolean;
}

export interface GroupDecision<V extends VerdictRow> {
  status: DecisionStatus;
  /** the label that decides the group (settling verdict, or the agreeing reviewers'), if any */
  label: string | null;
  /** each reviewer's standing verdict: their latest one that is not retracted and not a settlement */
  standing: V[];
  /** the admin's settling verdict in force, if any */
  settlement: V | null;
}

/** The latest of each reviewer's non-retracted verdicts, newest first. */
export function standingVerdictsOf<V extends VerdictRow>(verdicts: readonly V[]): V[] {
  const latest = new Map<string, V>();
  for (const v of verdicts) {
    if (v.retractedAt || v.settles) continue;
    const seen = latest.get(v.reviewerId);
    if (!seen || v.createdAt > seen.createdAt || (v.createdAt.getTime() === seen.createdAt.getTime() && v.id > seen.id)) latest.set(v.reviewerId, v);
  }
  return [...latest.values()].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/**
 * Where a group stands: an admin's settling verdict decides it; otherwise reviewers whose standing
 * verdicts differ put it in disagreement, and `requiredAgreement` agreeing reviewers decide it.
 * With requiredAgreement 1 and one reviewer this is "any verdict decides", as before.
 */
export function decideGroup<V extends VerdictRow>(verdicts: readonly V[], requiredAgreement: number): GroupDecision<V> {
  const standing = standingVerdictsOf(verdicts);
  const settlement = verdicts.filter((v) => v.settles && !v.retractedAt).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0] ?? null;
  if (settlement) return { status: "decided", label: settlement.label, standing, settlement };
  const labels = new Set(standing.map((v) => v.label));
  if (labels.size > 1) return { status: "disagreement", label: null, standing, settlement };
  const label = standing[0]?.label ?? null;
  if (label && standing.length >= requiredAgreement) return { status: "decided", label, standing, settlement };
  return { status: "undecided", label: null, standing, settlement };
}
