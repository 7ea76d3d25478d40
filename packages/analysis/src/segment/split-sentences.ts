import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

// Only sentence-boundary detection is needed here; skipping POS/NER keeps it cheap.
const nlp = winkNLP(model, ["sbd"]);

export interface Span {
  start: number;
  end: number;
}

const TITLE_ABBREV =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|vs|etc|[A-Z])\.$/;

/**
 * Sentence spans (offsets into `text`, trimmed) found by wink-nlp, then repaired
 * where wink splits too eagerly: after a title/initial, or before a fragment that
 * starts with a closing quote or a lower-case word (`” he said.`).
 */
export function splitSentences(text: string, base = 0): Span[] {
  const raw = nlp.readDoc(text).sentences().out() as string[];
  const spans: Span[] = [];
  let cursor = 0;
  for (const sentence of raw) {
    const probe = sentence.trim();
    if (!probe) continue;
    const at = text.indexOf(probe, cursor);
    // wink reproduces the source text, so indexOf only fails on exotic whitespace;
    // skipping such a sentence is safer than inventing offsets.
    if (at < 0) continue;
    spans.push({ start: at, end: at + probe.length });
    cursor = at + probe.length;
  }
  const merged: Span[] = [];
  for (const span of spans) {
    const prev = merged[merged.length - 1];
    if (prev && shouldJoin(text.slice(prev.start, prev.end), text.slice(span.start, span.end))) {
      prev.end = span.end;
    } else merged.push({ ...span });
  }
  return merged.map((s) => ({ start: s.start + base, end: s.end + base }));
}

function shouldJoin(prev: string, next: string): boolean {
  // A curly closer always ends a quote; a straight one does when a space or punctuation follows.
  if (/^[”’»)\]]/.test(next) || /^["'](?=\s|[,.;:!?]|$)/.test(next)) return true;
  if (/^[a-z,;:]/.test(next)) return true;
  if (TITLE_ABBREV.test(prev) && /^[A-Z0-9]/.test(next)) {
    // "U.S." or "Aug." may legitimately end a sentence; only glue a following name or number.
    const last = prev.split(/\s+/).pop() ?? "";
    if (/^[A-Z]\.$/.test(last) || /^(Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|St)\.$/.test(last)) return true;
    if (/^\d/.test(next)) return true;
  }
  return false;
}
