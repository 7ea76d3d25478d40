import type { ArticleInput, Claim, ClaimKind } from "../types.ts";
import { classifyLine, isCreditAside } from "./classify-line.ts";
import { splitSentences, type Span } from "./split-sentences.ts";
import { isAuthorBio } from "./is-author-bio.ts";
import { matchWireDateline } from "./match-dateline.ts";

interface Paragraph {
  start: number;
  end: number;
  kind: ClaimKind;
  sentences: Span[];
}

/** A bullet or item number opening a list line: it orders the text, it is not part of the claim. */
const LIST_MARKER = /^(?:[•·▪◦‣∙*–—-]|\(?\d{1,2}[.)])\s+(?=\S)/u;

/** How many trailing paragraphs may be checked for an author bio. */
const BIO_TAIL = 3;

export function segmentClaims(article: ArticleInput): Claim[] {
  const paragraphs = readParagraphs(article.text);
  dropAuthorBio(article.text, paragraphs);
  const claims: Claim[] = [];
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      const index = claims.length;
      claims.push({
        id: `${article.id}:c${index}`,
        articleId: article.id,
        index,
        start: s.start,
        end: s.end,
        text: article.text.slice(s.start, s.end),
        kind: p.kind,
      });
    }
  }
  return claims;
}

function readParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const lineRe = /[^\r\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    if (end <= start) continue;
    const line = text.slice(start, end);
    const kind = classifyLine(line);
    if (kind === "headline") out.push({ start, end, kind: "headline", sentences: [{ start, end }] });
    else if (kind === "body") {
      const from = start + (line.match(LIST_MARKER)?.[0].length ?? matchWireDateline(line));
      const sentences = splitSentences(text.slice(from, end), from).filter((s) => !isCreditAside(text.slice(s.start, s.end)));
      if (sentences.length > 0) out.push({ start: from, end, kind: "sentence", sentences });
    }
  }
  return out;
}

// A closing paragraph that introduces the writer is about the outlet, not the events;
// only the tail is checked so an article that profiles a journalist keeps its body.
function dropAuthorBio(text: string, paragraphs: Paragraph[]): void {
  const from = Math.max(1, paragraphs.length - BIO_TAIL);
  for (let i = from; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const first = p?.sentences[0];
    if (p && first && isAuthorBio(text.slice(first.start, first.end))) {
      paragraphs.splice(i);
      return;
    }
  }
}
