/**
 * Backslash-escapes the characters Markdown (CommonMark + GFM tables) could read as
 * syntax, so article text renders literally: `<script>` stays text, `*stars*` stays starred.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]<>#|~&]/g, "\\$&")
      // list items, setext underlines and ordered lists only start a line
      .replace(/^(\s*)([-+=])/gm, "$1\\$2")
      .replace(/^(\s*\d+)([.)])/gm, "$1\\$2")
  );
}
