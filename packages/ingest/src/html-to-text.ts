// Readability returns the article as HTML; reviewers need its text with the paragraph breaks the
// analysis relies on. Libraries for this (html-to-text and kin) format for e-mail, with wrapping and
// link footnotes we would have to undo, so this short walker keeps only text and block boundaries.

const BLOCKS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TR",
  "UL",
]);
const SKIPPED = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "SVG",
  "CANVAS",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
]);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: NodeLike | null;
  nextSibling: NodeLike | null;
}

/** The text of a DOM subtree: one line per block, inline whitespace collapsed, no markup. */
export function nodeToText(root: NodeLike): string {
  const out: string[] = [];
  const walk = (node: NodeLike) => {
    if (node.nodeType === 3) {
      out.push((node.textContent ?? "").replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === "BR") return void out.push("\n");
    const block = BLOCKS.has(name);
    if (block) out.push("\n");
    if (name === "TD" || name === "TH") out.push(" ");
    // linkedom builds a fresh childNodes list on every access: indexing it made this quadratic
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) out.push("\n");
  };
  walk(root);
  return out
    .join("")
    .split("\n")
    .map((line) => line.replace(/ +/g, " ").trim())
    .filter((line, i, lines) => line.length > 0 || (i > 0 && (lines[i - 1]?.length ?? 0) > 0))
    .join("\n")
    .replace(/\n{2,}/g, "\n\n")
    .trim();
}
