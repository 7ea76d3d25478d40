/** Inline so the page is one self-contained file: it must print and archive without any asset. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1b1f; --muted: #5b5b66; --line: #d5d5dc; --mark: #ffe08a; --diff: #c7e3ff; }
* { box-sizing: border-box; }
body { font: 15px/1.5 "DejaVu Sans", "Liberation Sans", "Noto Sans", "Noto Sans CJK SC", system-ui, sans-serif; color: var(--ink); margin: 2rem auto; max-width: 72rem; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
.meta, figcaption, .reviewer { color: var(--muted); font-size: .85rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f1f1f4; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem 2rem; padding: 0; list-style: none; }
.group { border: 1px solid var(--line); border-radius: 6px; padding: 1rem; margin: 1rem 0; }
.claims { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: .75rem; }
.claim { margin: 0; padding: .5rem .75rem; background: #f8f8fa; border-left: 3px solid var(--line); }
.claim blockquote { margin: .25rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.diff { background: var(--diff); border-radius: 2px; }
mark, mark.diff { background: var(--mark); font-weight: 700; border-radius: 2px; padding: 0 1px; }
.discrepancies { margin: .75rem 0 0; padding-left: 1.2rem; }
.dismissed { color: var(--muted); text-decoration: line-through; }
.tag { font-weight: 700; }
.severity-conflict { color: #a3161b; }
.severity-minor { color: #8a5a00; }
.verdict { margin-top: .75rem; padding: .5rem .75rem; border-radius: 4px; background: #eef3ee; }
.verdict-contradiction, .verdict-discrepancy { background: #fbeaea; }
.verdict .note { white-space: pre-wrap; margin: .25rem 0 0; }
.verdict .changed { margin: .25rem 0 0; color: #8a4b00; font-weight: 600; }
.own-verdict { font-style: italic; }
.legend { font-size: .85rem; color: var(--muted); }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
  .group { break-inside: avoid-page; }
  .claim, tr { break-inside: avoid; }
  .claims { grid-template-columns: repeat(auto-fit, minmax(5.5cm, 1fr)); }
}
`;
