import type { DbTx } from "@crosscheck/db";
import { basisOfGroup, stateOfVerdict, type BasisChange, type VerdictBasis, type VerdictState } from "./verdict-basis.ts";

/** What a group holds, as far as a verdict's basis is concerned. */
export const groupBasisSelect = {
  members: { select: { claim: { select: { articleId: true, start: true, end: true, text: true } } } },
  discrepancies: { select: { key: true, kind: true, values: true } },
} as const;

export interface GroupBasisRow {
  members: { claim: { articleId: string; start: number; end: number; text: string } }[];
  discrepancies: { key: string; kind: string; values: string }[];
}

export function basisOfGroupRow(row: GroupBasisRow): VerdictBasis {
  return basisOfGroup({ claims: row.members.map((m) => m.claim), discrepancies: row.discrepancies });
}

export async function loadGroupBasis(tx: DbTx, groupId: string): Promise<VerdictBasis | null> {
  const row = await tx.claimGroup.findUnique({ where: { id: groupId }, select: groupBasisSelect });
  return row ? basisOfGroupRow(row) : null;
}

/** The fields every reader of verdicts needs to tell their state. */
export const verdictStateSelect = { groupId: true, retiredAt: true, basis: true, discrepancyKey: true } as const;

export type WithState<V> = V & { state: VerdictState; change: BasisChange | null };

/** Each verdict with its state against what its group holds now. */
export function withStates<V extends { groupId: string | null; retiredAt: Date | null; basis: string | null }>(
  verdicts: readonly V[],
  now: VerdictBasis | null,
): WithState<V>[] {
  return verdicts.map((v) => ({ ...v, ...stateOfVerdict(v, now) }));
}

/** The verdicts on one target: the whole group (key null) or one of its discrepancies. */
export function verdictsOn<V extends { discrepancyKey: string | null }>(verdicts: readonly V[], discrepancyKey: string | null): V[] {
  return verdicts.filter((v) => (v.discrepancyKey ?? null) === discrepancyKey);
}
