import type { DateValue } from "../types.ts";

export type DateComparison = "same" | "compatible" | "conflict" | "unknown";

/**
 * Compares two dates as intervals: equal intervals are the same, overlapping ones
 * compatible ("mid-March" and "13 March"), disjoint ones a conflict ("July 2023" and
 * "August 2023"). A date that could not be resolved cannot be judged.
 */
export function compareDates(a: DateValue, b: DateValue): DateComparison {
  if (a.precision === "unknown" || b.precision === "unknown") return "unknown";
  if (!a.start || !a.end || !b.start || !b.end) return "unknown";
  if (a.start === b.start && a.end === b.end) return "same";
  // ISO dates compare correctly as strings.
  return a.start <= b.end && b.start <= a.end ? "compatible" : "conflict";
}
