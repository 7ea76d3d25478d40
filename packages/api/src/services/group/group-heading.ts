const HEADING_LENGTH = 90;

interface HeadingClaim {
  text: string;
  start: number;
  mentions: { start: number; end: number; entity: { canonical: string } | null }[];
}

/**
 * A group's heading: its first claim with every name in the canonical spelling reviewers chose
 * (the claims themselves keep the articles' own words), cut at a word near 90 characters.
 */
export function headingOf(claim: HeadingClaim | undefined, fallback: string): string {
  if (!claim) return fallback;
  let text = "";
  let cursor = 0;
  for (const m of [...claim.mentions].sort((a, b) => a.start - b.start)) {
    const from = m.start - claim.start;
    if (!m.entity || from < cursor) continue;
    text += claim.text.slice(cursor, from) + m.entity.canonical;
    cursor = m.end - claim.start;
  }
  text = (text + claim.text.slice(cursor)).replace(/\s+/g, " ").trim();
  if (text.length <= HEADING_LENGTH) return text;
  const cut = text.slice(0, HEADING_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40))}…`;
}
