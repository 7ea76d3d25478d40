import { z } from "zod";

/**
 * What a verdict was given on: the group's claims (by article and text span, stable across
 * re-analyses, unlike claim ids) and its discrepancies (by their stable key), with enough text to
 * show a reviewer what changed or what a detached verdict was about.
 */
export const verdictBasisSchema = z.object({
  claims: z.array(z.object({ ref: z.string(), text: z.string() })),
  discrepancies: z.array(z.object({ key: z.string(), kind: z.string(), values: z.array(z.string()) })),
});
export type VerdictBasis = z.infer<typeof verdictBasisSchema>;

export interface BasisChange {
  addedClaims: VerdictBasis["claims"];
  removedClaims: VerdictBasis["claims"];
  addedDiscrepancies: VerdictBasis["discrepancies"];
  removedDiscrepancies: VerdictBasis["discrepancies"];
}

/** current: given on what the group holds now; changed: the group gained or lost claims or discrepancies since; detached: no group holds it; retired: a reviewer set a detached one aside. */
export type VerdictState = "current" | "changed" | "detached" | "retired";

/** A claim's stable identity: its article and text span. */
export function claimRefOf(claim: { articleId: string; start: number; end: number }): string {
  return `${claim.articleId}:${claim.start}:${claim.end}`;
}

const storedValues = z.array(z.object({ text: z.string() }).passthrough());

/** The basis a verdict given now would have: the group's claims and every discrepancy (a dismissed one is still what the reviewer saw). */
export function basisOfGroup(group: {
  claims: readonly { articleId: string; start: number; end: number; text: string }[];
  discrepancies: readonly { key: string; kind: string; values: string }[];
}): VerdictBasis {
  return {
    claims: group.claims.map((c) => ({ ref: claimRefOf(c), text: c.text })).sort((a, b) => a.ref.localeCompare(b.ref)),
    discrepancies: group.discrepancies
      .map((d) => ({ key: d.key, kind: d.kind, values: parseValues(d.values) }))
      .sort((a, b) => a.key.localeCompare(b.key)),
  };
}

function parseValues(json: string): string[] {
  const parsed = storedValues.safeParse(JSON.parse(json));
  return parsed.success ? [...new Set(parsed.data.map((v) => v.text))] : [];
}

export function parseBasis(text: string | null): VerdictBasis | null {
  if (!text) return null;
  const parsed = verdictBasisSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

/** What the group gained and lost since the verdict; null when it holds the very same claims and discrepancies. */
export function compareBasis(given: VerdictBasis, now: VerdictBasis): BasisChange | null {
  const minus = <T>(a: readonly T[], b: readonly T[], id: (x: T) => string) => {
    const ids = new Set(b.map(id));
    return a.filter((x) => !ids.has(id(x)));
  };
  const change: BasisChange = {
    addedClaims: minus(now.claims, given.claims, (c) => c.ref),
    removedClaims: minus(given.claims, now.claims, (c) => c.ref),
    addedDiscrepancies: minus(now.discrepancies, given.discrepancies, (d) => d.key),
    removedDiscrepancies: minus(given.discrepancies, now.discrepancies, (d) => d.key),
  };
  const same =
    change.addedClaims.length + change.removedClaims.length + change.addedDiscrepancies.length + change.removedDiscrepancies.length === 0;
  return same ? null : change;
}

/**
 * A verdict's state, from what its group holds now. A verdict recorded before bases were kept
 * (basis null) counts as current: it is given a basis before the next re-analysis can change it.
 */
export function stateOfVerdict(
  verdict: { groupId: string | null; retiredAt: Date | null; basis: string | null },
  now: VerdictBasis | null,
): { state: VerdictState; change: BasisChange | null } {
  if (verdict.retiredAt) return { state: "retired", change: null };
  if (!verdict.groupId || !now) return { state: "detached", change: null };
  const given = parseBasis(verdict.basis);
  const change = given ? compareBasis(given, now) : null;
  return { state: change ? "changed" : "current", change };
}

/** The share of a verdict's claims that a group holds: a verdict belongs to a group holding most of them. */
export function shareHeld(given: VerdictBasis, groupRefs: ReadonlySet<string>): number {
  if (given.claims.length === 0) return 0;
  return given.claims.filter((c) => groupRefs.has(c.ref)).length / given.claims.length;
}
