import { compareDates, compareNumbers, type DateValue, type DiscrepancyKind, type NameValue, type NumberValue } from "@crosscheck/analysis";

export interface ValueLike {
  text: string;
  normalized?: unknown;
}

const isDate = (v: unknown): v is DateValue => typeof v === "object" && v !== null && "precision" in v && "start" in v;
const isNumber = (v: unknown): v is NumberValue => typeof v === "object" && v !== null && typeof (v as NumberValue).value === "number";
const nameOf = (v: ValueLike) =>
  typeof v.normalized === "object" && v.normalized !== null && typeof (v.normalized as NameValue).name === "string"
    ? (v.normalized as NameValue).name
    : v.text;

function tokensOf(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every word of `short` is in `long`, or an initial or acronym of it: "A. Lukashenko" is "Aleksandr Lukashenko" shortened. */
function isCoveredBy(short: string[], long: string[]): boolean {
  if (short.length === 0) return false;
  const only = short[0];
  if (
    short.length === 1 &&
    only &&
    only.length >= 2 &&
    long.length >= 2 &&
    long
      .map((t) => t[0])
      .join("")
      .includes(only)
  )
    return true;
  return short.every((token) => long.includes(token) || (token.length === 1 && long.some((l) => l.startsWith(token))));
}

function sameName(a: string, b: string): boolean {
  const [x, y] = [tokensOf(a), tokensOf(b)];
  return isCoveredBy(x, y) || isCoveredBy(y, x);
}

/** Contrasting words are listed by their own inflection ("postponement", "postponed"): a shared stem is one side. */
function sameWording(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase().trim(), b.toLowerCase().trim()];
  if (x === y) return true;
  let common = 0;
  while (common < x.length && x[common] === y[common]) common++;
  return common >= 5;
}

/**
 * Whether two values of one discrepancy say the same thing, judged as the engine judged them:
 * dates and numbers by meaning (overlapping intervals agree), names when one is the other
 * shortened, contrasting words by their stem. The values of a discrepancy do not carry the
 * engine's classes, so they are rebuilt here.
 */
export function valuesAgree(kind: DiscrepancyKind, a: ValueLike, b: ValueLike): boolean {
  if (kind === "date" && isDate(a.normalized) && isDate(b.normalized)) return compareDates(a.normalized, b.normalized) !== "conflict";
  if (kind === "number" && isNumber(a.normalized) && isNumber(b.normalized))
    return compareNumbers(a.normalized, b.normalized) !== "conflict";
  if (kind === "wording") return sameWording(a.text, b.text);
  if (kind === "date" || kind === "number") return a.text.trim().toLowerCase() === b.text.trim().toLowerCase();
  return sameName(nameOf(a), nameOf(b));
}

/** Classes of agreeing values: each joins the first class whose first value it agrees with (the engine's rule). */
export function partitionValues<V extends ValueLike>(kind: DiscrepancyKind, values: V[]): V[][] {
  const classes: V[][] = [];
  for (const value of values) {
    const home = classes.find((c) => c[0] !== undefined && valuesAgree(kind, c[0], value));
    if (home) home.push(value);
    else classes.push([value]);
  }
  return classes;
}
