import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { renderHtmlReport } from "../src/render-html.ts";
import { renderPdfReport } from "../src/render-pdf.ts";
import { fixtureReport } from "./fixture-report.ts";
import { extractPdfText } from "./extract-pdf-text.ts";

const squash = (s: string) => s.replace(/\s+/g, "");

/** CJK glyphs need a CJK font (Debian: fonts-noto-cjk); without one Chromium prints empty boxes. */
function hasCjkFont(): boolean {
  try {
    return execFileSync("fc-list", [":lang=zh"], { encoding: "utf8" }).trim().length > 0;
  } catch {
    return false;
  }
}

let bytes: Uint8Array;
let pages: string[];

beforeAll(async () => {
  bytes = await renderPdfReport(renderHtmlReport(fixtureReport));
  pages = await extractPdfText(bytes);
}, 120_000);

describe("renderPdfReport", () => {
  it("returns PDF bytes", () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    expect(pages.length).toBeGreaterThanOrEqual(1);
  });

  it("contains the group labels, the literal script text and the non-Latin note", () => {
    const text = squash(pages.join("\n"));
    for (const g of fixtureReport.claimGroups) expect(text).toContain(squash(g.label));
    expect(text).toContain(squash("<script>window.__x = 1; alert(1)</script>"));
    expect(text).toContain("«Лукашэнка»");
    if (hasCjkFont()) expect(text).toContain("卢卡申科");
  });

  it("numbers the pages in the footer", () => {
    expect(pages[0]).toMatch(/1\s*\/\s*\d+/);
  });
});
