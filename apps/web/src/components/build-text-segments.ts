export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface TextPiece<M extends Span> {
  text: string;
  start: number;
  mention: M | null;
}

/**
 * Splits a stretch of text into plain pieces and mention pieces. Mentions that overlap an earlier
 * one are left out rather than nested, so every character is rendered exactly once.
 */
export function splitByMentions<M extends Span>(text: string, offset: number, mentions: M[]): TextPiece<M>[] {
  const pieces: TextPiece<M>[] = [];
  let cursor = offset;
  const end = offset + text.length;
  for (const mention of mentions) {
    if (mention.start < cursor || mention.end > end) continue;
    if (mention.start > cursor) pieces.push({ text: text.slice(cursor - offset, mention.start - offset), start: cursor, mention: null });
    pieces.push({ text: text.slice(mention.start - offset, mention.end - offset), start: mention.start, mention });
    cursor = mention.end;
  }
  if (cursor < end) pieces.push({ text: text.slice(cursor - offset), start: cursor, mention: null });
  return pieces;
}

export interface Block<C extends Span> {
  start: number;
  end: number;
  claim: C | null;
}

/** Claims and the gaps between them, in text order, covering the whole text. */
export function splitByClaims<C extends Span>(length: number, claims: C[]): Block<C>[] {
  const blocks: Block<C>[] = [];
  let cursor = 0;
  for (const claim of [...claims].sort((a, b) => a.start - b.start)) {
    if (claim.start < cursor) continue;
    if (claim.start > cursor) blocks.push({ start: cursor, end: claim.start, claim: null });
    blocks.push({ start: claim.start, end: claim.end, claim });
    cursor = claim.end;
  }
  if (cursor < length) blocks.push({ start: cursor, end: length, claim: null });
  return blocks;
}
