import type { Span } from "@crosscheck/analysis";
import type { Report, ReportArticle, ReportClaimGroup, VerdictLabel } from "./report-types.ts";

/** The name a reader knows a source by: the outlet, or the file/URL it came from when the outlet is unknown. */
export function describeSource(article: ReportArticle | undefined): string {
  if (!article) return "unknown source";
  return article.outlet ?? article.sourceName;
}

/** The calendar date of an ISO date or date-time; other strings pass through as written. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "date unknown";
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
}

export function indexArticles(report: Report): Map<string, ReportArticle> {
  return new Map(report.articles.map((a) => [a.id, a]));
}

export function capitalizeLabel(label: VerdictLabel): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * Where the group's active discrepancy values sit in one claim. Values without offsets (older
 * reports) are found by their text so they are still emphasised.
 */
export function findValueSpans(group: ReportClaimGroup, claimId: string): Span[] {
  const claim = group.claims.find((c) => c.id === claimId);
  if (!claim) return [];
  const spans: Span[] = [];
  for (const d of group.discrepancies) {
    if (d.dismissed) continue;
    for (const v of d.values) {
      if (v.claimId !== claimId) continue;
      if (v.start !== undefined && v.end !== undefined && v.start < v.end && v.end <= claim.text.length) {
        spans.push({ start: v.start, end: v.end });
      } else if (v.text) {
        const at = claim.text.indexOf(v.text);
        if (at >= 0) spans.push({ start: at, end: at + v.text.length });
      }
    }
  }
  return mergeSpans(spans);
}

/** Overlapping or touching spans become one, so no emphasis is ever nested. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Cuts a text into alternating plain and marked pieces at the spans' edges. */
export function splitAtSpans(text: string, spans: Span[]): { value: string; marked: boolean }[] {
  const pieces: { value: string; marked: boolean }[] = [];
  let at = 0;
  for (const s of mergeSpans(spans)) {
    if (s.start > at) pieces.push({ value: text.slice(at, s.start), marked: false });
    pieces.push({ value: text.slice(Math.max(s.start, at), s.end), marked: true });
    at = Math.max(at, s.end);
  }
  if (at < text.length) pieces.push({ value: text.slice(at), marked: false });
  return pieces.filter((p) => p.value.length > 0);
}
