import type { Mention, NameValue } from "../types.ts";

/** "in Minsk", "at the Palace of Independence": the words before a place that make it where something happened. */
const PLACE_CUE = /\b(?:in|at)\s+(?:the\s+)?$/i;

/** The place a claim says something happened: a place named right after "in" or "at". */
export function isEventPlace(claimText: string, claimStart: number, mention: Mention): boolean {
  if (mention.type !== "place") return false;
  const at = mention.start - claimStart;
  return PLACE_CUE.test(claimText.slice(Math.max(0, at - 24), at));
}

/** The slot a person fills by a role the text ties to a country ("Iran’s president"), else null. */
export function roleSlotOf(mention: Mention): string | null {
  if (mention.type !== "person" || !mention.role) return null;
  const country = (mention.normalized as NameValue).roleCountry;
  return country ? formatRoleSlot(country, mention.role) : null;
}

export function formatRoleSlot(country: string | null | undefined, role: string): string {
  return country ? `${country}’s ${role.toLowerCase()}` : role.toLowerCase();
}
