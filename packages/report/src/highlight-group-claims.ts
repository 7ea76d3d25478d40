import { diffClaimsSideBySide, type DiffPart, type Span } from "@crosscheck/analysis";
import { findValueSpans, mergeSpans } from "./report-lookups.ts";
import type { ReportClaimGroup } from "./report-types.ts";

export interface HighlightedClaim {
  claimId: string;
  articleId: string;
  parts: DiffPart[];
}

/** Offsets of the parts of a side that are not `equal`: what the other claim lacks. */
function changedSpans(parts: DiffPart[]): Span[] {
  const spans: Span[] = [];
  let at = 0;
  for (const p of parts) {
    if (p.op !== "equal" && p.value.trim()) spans.push({ start: at, end: at + p.value.length });
    at += p.value.length;
  }
  return spans;
}

/** Changed words separated only by white space read as one changed phrase, as in diffClaimsSideBySide. */
function bridgeSpaces(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, s.start))) last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

/** Re-cuts a text into parts at both the changed and the marked spans. */
function partsFrom(text: string, changed: Span[], marks: Span[], op: DiffPart["op"]): DiffPart[] {
  const edges = [...new Set([0, text.length, ...[...changed, ...marks].flatMap((s) => [s.start, s.end])])]
    .filter((e) => e >= 0 && e <= text.length)
    .sort((x, y) => x - y);
  const inside = (spans: Span[], from: number, to: number) => spans.some((s) => from >= s.start && to <= s.end);
  const parts: DiffPart[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i] ?? 0;
    const to = edges[i + 1] ?? from;
    if (to > from)
      parts.push({ value: text.slice(from, to), op: inside(changed, from, to) ? op : "equal", marked: inside(marks, from, to) });
  }
  return parts;
}

/**
 * Word-level diffs for a group of any size. The first claim is the reference: each other claim
 * shows what it has that the reference lacks, and the reference shows what at least one other
 * claim lacks. With two claims this is exactly `diffClaimsSideBySide`.
 */
export function highlightGroupClaims(group: ReportClaimGroup): HighlightedClaim[] {
  const [reference, ...others] = group.claims;
  if (!reference) return [];
  const refMarks = findValueSpans(group, reference.id);
  if (others.length === 0) {
    return [{ claimId: reference.id, articleId: reference.articleId, parts: partsFrom(reference.text, [], refMarks, "equal") }];
  }
  const refChanged: Span[] = [];
  const rest = others.map((claim) => {
    const { left, right } = diffClaimsSideBySide(reference.text, claim.text, { a: refMarks, b: findValueSpans(group, claim.id) });
    refChanged.push(...changedSpans(left));
    return { claimId: claim.id, articleId: claim.articleId, parts: right };
  });
  const refParts = partsFrom(reference.text, bridgeSpaces(reference.text, mergeSpans(refChanged)), refMarks, "removed");
  return [{ claimId: reference.id, articleId: reference.articleId, parts: refParts }, ...rest];
}
