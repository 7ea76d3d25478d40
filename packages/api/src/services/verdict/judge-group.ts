import { decideGroup, type GroupDecision, type VerdictRow } from "./decide-group.ts";
import { basisOfGroupRow, verdictsOn, withStates, type GroupBasisRow, type WithState } from "./group-basis.ts";

/** Every field a reader of a group's verdicts needs, its reviewer's name included. */
export const verdictSelect = {
  id: true,
  reviewerId: true,
  label: true,
  note: true,
  createdAt: true,
  retractedAt: true,
  settles: true,
  groupId: true,
  retiredAt: true,
  basis: true,
  discrepancyKey: true,
  confirmsId: true,
  reviewer: { select: { name: true } },
} as const;

export type VerdictRecord = VerdictRow & {
  groupId: string | null;
  retiredAt: Date | null;
  basis: string | null;
  discrepancyKey: string | null;
  confirmsId: string | null;
  reviewer: { name: string };
};

export type StatedVerdict = WithState<VerdictRecord>;

export interface GroupJudgement {
  verdicts: StatedVerdict[];
  /** the decision on the group as a whole */
  group: GroupDecision<StatedVerdict>;
  /** the decision on each discrepancy that has verdicts of its own, by discrepancy key */
  discrepancies: Map<string, GroupDecision<StatedVerdict>>;
}

/**
 * Where a group's verdicts stand against what it holds now: each verdict's state (current or
 * changed), the decision on the whole group and on each discrepancy judged on its own.
 */
export function judgeGroup(row: GroupBasisRow & { verdicts: VerdictRecord[] }, requiredAgreement: number): GroupJudgement {
  const verdicts = withStates(row.verdicts, basisOfGroupRow(row));
  const discrepancies = new Map<string, GroupDecision<StatedVerdict>>();
  for (const key of new Set(verdicts.flatMap((v) => (v.discrepancyKey ? [v.discrepancyKey] : [])))) {
    discrepancies.set(key, decideGroup(verdictsOn(verdicts, key), requiredAgreement));
  }
  return { verdicts, group: decideGroup(verdictsOn(verdicts, null), requiredAgreement), discrepancies };
}

/** A verdict as the pages and the API's outputs show it. */
export const toPlainVerdict = (v: StatedVerdict) => ({
  id: v.id,
  reviewerId: v.reviewerId,
  reviewer: v.reviewer.name,
  label: v.label,
  note: v.note,
  createdAt: v.createdAt,
  state: v.state,
  change: v.change,
});
