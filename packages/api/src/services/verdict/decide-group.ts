import type { VerdictState } from "./verdict-basis.ts";

export type DecisionStatus = "undecided" | "decided" | "disagreement";

export interface VerdictRow {
  id: string;
  reviewerId: string;
  label: string;
  note: string;
  createdAt: Date;
  retractedAt: Date | null;
  settles: boolean;
  /** unset: current (callers that do not track bases) */
  state?: VerdictState;
}

const counts = (v: VerdictRow) => v.state === undefined || v.state === "current";

export interface GroupDecision<V extends VerdictRow> {
  status: DecisionStatus;
  /** the label that decides the group (settling verdict, or the agreeing reviewers'), if any */
  label: string | null;
  /** each reviewer's standing verdict: their latest one that is not retracted and not a settlement */
  standing: V[];
  /** the admin's settling verdict in force, if any */
  settlement: V | null;
  /** a standing or settling verdict was given on other claims or discrepancies than the group holds now: it no longer decides, until a reviewer confirms or replaces it */
  recheck: boolean;
}

/** The latest of each reviewer's non-retracted verdicts, newest first. */
export function standingVerdictsOf<V extends VerdictRow>(verdicts: readonly V[]): V[] {
  const latest = new Map<string, V>();
  for (const v of verdicts) {
    if (v.retractedAt || v.settles) continue;
    const seen = latest.get(v.reviewerId);
    if (!seen || v.createdAt > seen.createdAt || (v.createdAt.getTime() === seen.createdAt.getTime() && v.id > seen.id))
      latest.set(v.reviewerId, v);
  }
  return [...latest.values()].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/**
 * Where a group stands: an admin's settling verdict decides it; otherwise reviewers whose standing
 * verdicts differ put it in disagreement, and `requiredAgreement` agreeing reviewers decide it.
 * With requiredAgreement 1 and one reviewer this is "any verdict decides", as before. Only verdicts
 * given on what the group holds now count: a changed one waits for a reviewer to confirm it.
 */
export function decideGroup<V extends VerdictRow>(verdicts: readonly V[], requiredAgreement: number): GroupDecision<V> {
  const standing = standingVerdictsOf(verdicts);
  const settlement =
    verdicts.filter((v) => v.settles && !v.retractedAt).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0] ?? null;
  const recheck = standing.some((v) => !counts(v)) || (settlement !== null && !counts(settlement));
  if (settlement && counts(settlement)) return { status: "decided", label: settlement.label, standing, settlement, recheck };
  const deciding = standing.filter(counts);
  const labels = new Set(deciding.map((v) => v.label));
  if (labels.size > 1) return { status: "disagreement", label: null, standing, settlement, recheck };
  const label = deciding[0]?.label ?? null;
  if (label && deciding.length >= requiredAgreement) return { status: "decided", label, standing, settlement, recheck };
  return { status: "undecided", label: null, standing, settlement, recheck };
}
