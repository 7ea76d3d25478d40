import { diffArrays } from "diff";
import { normalizeSpelling } from "../compare/normalize-spelling.ts";

export interface Span {
  start: number;
  end: number;
}

export interface DiffPart {
  value: string;
  op: "equal" | "added" | "removed";
  /** the part lies in a discrepancy value, so the UI emphasises it */
  marked: boolean;
}

interface Located {
  value: string;
  op: DiffPart["op"];
  side: "a" | "b";
  at: number;
}

/** British and American spellings of one word count as the same word, and so do case variants. */
function sameWord(left: string, right: string): boolean {
  const [a, b] = [left.trim(), right.trim()];
  return a === b || normalizeSpelling(a.toLowerCase()) === normalizeSpelling(b.toLowerCase());
}

/**
 * Words and punctuation marks, each carrying the white space after it: spaces are too common to
 * be matched on their own (the diff would line up the gaps between words instead of the words).
 */
function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*\s*|[^\p{L}\p{N}\s]\s*|\s+/gu) ?? [];
}

function locateChanges(a: string, b: string): Located[] {
  const out: Located[] = [];
  let ai = 0;
  let bi = 0;
  // diffArrays over our own tokens: it takes a comparator, so spelling variants count as equal
  for (const change of diffArrays(tokenize(a), tokenize(b), { comparator: sameWord })) {
    if (change.removed) {
      const value = change.value.join("");
      out.push({ value, op: "removed", side: "a", at: ai });
      ai += value.length;
    } else if (change.added) {
      const value = change.value.join("");
      out.push({ value, op: "added", side: "b", at: bi });
      bi += value.length;
    } else {
      // equal runs report the new side's tokens; the old side's run has as many tokens
      const count = change.value.length;
      const aValue = tokenize(a.slice(ai)).slice(0, count).join("");
      const bValue = change.value.join("");
      out.push({ value: aValue, op: "equal", side: "a", at: ai });
      out.push({ value: bValue, op: "equal", side: "b", at: bi });
      ai += aValue.length;
      bi += bValue.length;
    }
  }
  return out;
}

/** Splits a part at the edges of the marked spans and flags the pieces inside one. */
function markPart(part: Located, marks: Span[]): DiffPart[] {
  const end = part.at + part.value.length;
  const cuts = [...new Set(marks.flatMap((m) => [m.start, m.end]).filter((c) => c > part.at && c < end))].sort((x, y) => x - y);
  const pieces: DiffPart[] = [];
  let from = part.at;
  for (const cut of [...cuts, end]) {
    const value = part.value.slice(from - part.at, cut - part.at);
    if (value) pieces.push({ value, op: part.op, marked: marks.some((m) => from >= m.start && cut <= m.end) });
    from = cut;
  }
  return pieces;
}

/**
 * Tokens carry their trailing space, so a changed word ends in one; the highlight should stop at
 * the word unless the change goes on ("almost four" stays one highlighted phrase).
 */
function detachTrailingSpaces(parts: Located[]): Located[] {
  return parts.flatMap((part, i) => {
    const next = parts.slice(i + 1).find((p) => p.side === part.side);
    const space = /\s+$/.exec(part.value);
    if (part.op === "equal" || !space || (next && next.op !== "equal")) return [part];
    const core = part.value.slice(0, space.index);
    return [
      { ...part, value: core },
      { value: space[0], op: "equal" as const, side: part.side, at: part.at + core.length },
    ];
  });
}

/**
 * Word-level diff of two claims (jsdiff), as one sequence: `removed` from a, `added` from b,
 * `equal` in b's words. Marks are offsets into a and b of the discrepancy values.
 */
export function diffClaims(a: string, b: string, marks: { a: Span[]; b: Span[] } = { a: [], b: [] }): DiffPart[] {
  return locateChanges(a, b)
    .filter((p) => p.op !== "equal" || p.side === "b")
    .flatMap((p) => markPart(p, p.side === "a" ? marks.a : marks.b));
}

/** The same diff as two columns: a's text showing what b lacks, b's text showing what a lacks. */
export function diffClaimsSideBySide(
  a: string,
  b: string,
  marks: { a: Span[]; b: Span[] } = { a: [], b: [] },
): { left: DiffPart[]; right: DiffPart[] } {
  const located = detachTrailingSpaces(locateChanges(a, b));
  return {
    left: located.filter((p) => p.side === "a").flatMap((p) => markPart(p, marks.a)),
    right: located.filter((p) => p.side === "b").flatMap((p) => markPart(p, marks.b)),
  };
}
