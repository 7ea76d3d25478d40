import type { NumberValue } from "../types.ts";

export type NumberComparison = "same" | "compatible" | "conflict" | "incomparable";

/**
 * Compares two stated quantities by the interval each wording allows:
 * "more than 30 years" [30, ∞) and "Thirty years" [30, 30] overlap → compatible;
 * "two-day" and "three-day" do not → conflict. Different units cannot be compared.
 */
export function compareNumbers(a: NumberValue, b: NumberValue): NumberComparison {
  if (a.unit !== b.unit) return "incomparable";
  const [aMin, aMax] = bounds(a);
  const [bMin, bMax] = bounds(b);
  if (a.approx === b.approx && aMin === bMin && aMax === bMax && a.value === b.value) return "same";
  // A tiny tolerance so 1/3 written two ways still meets.
  const eps = 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value));
  return aMin <= bMax + eps && bMin <= aMax + eps ? "compatible" : "conflict";
}

function bounds(v: NumberValue): [number, number] {
  return [v.min ?? -Infinity, v.max ?? Infinity];
}
