import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtmlReport } from "../src/render-html.ts";
import { ALL_EXPLANATIONS, fixtureReport, NOTE } from "./fixture-report.ts";
import { countOccurrences } from "./html-text.ts";
import { launchChromium } from "./launch-chromium.ts";

const html = renderHtmlReport(fixtureReport);
const SCRIPT_CLAIM = "Witnesses wrote <script>window.__x = 1; alert(1)</script> that police detained *stars* 45 protesters.";

let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("request", (r) => requests.push(r.url()));
  await page.setContent(html, { waitUntil: "load" });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe("renderHtmlReport", () => {
  it("is a self-contained page: charset, title, inline CSS with print rules, no scripts or external assets", () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<title>Crosscheck report: Minsk rally</title>");
    expect(html).toContain("@media print");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(/i);
    expect(requests).toEqual([]);
  });

  it("shows article text literally and runs none of it", async () => {
    expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator("script").count()).toBe(0);
    expect(await page.locator("b").count()).toBe(0);
    const claims = await page.locator(".claim blockquote").allInnerTexts();
    expect(claims).toContain(SCRIPT_CLAIM);
    expect(claims).toContain("The rally took place on _Independence_ Square | #1 <b>venue</b>.");
  });

  it("shows the summary, every group label, explanation, verdict and note", async () => {
    const text = await page.locator("body").innerText();
    for (const g of fixtureReport.claimGroups) expect(countOccurrences(text, g.label)).toBeGreaterThanOrEqual(1);
    for (const e of ALL_EXPLANATIONS) expect(countOccurrences(text, e)).toBe(1);
    expect(await page.locator(".verdict .note").innerText()).toBe(NOTE);
    expect(text).toContain("Verdict: Contradiction");
    expect(await page.locator(".summary tbody tr").count()).toBe(3);
    expect(await page.locator(".summary").innerText()).toContain("By kind: name-spelling 1, number 1");
  });

  it("puts the claims of a group side by side", async () => {
    const boxes = await page.locator("#group-g2 .claim").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(boxes).toHaveLength(2);
    expect(boxes[0]).toBe(boxes[1]);
  });

  it("marks the discrepancy values and highlights word-level differences", async () => {
    expect(await page.locator("#group-g1 mark").allInnerTexts()).toEqual(["42", "40", "45"]);
    expect(await page.locator("#group-g2 mark").allInnerTexts()).toEqual(["Lukashenko", "Lukashenka"]);
    const g1Diffs = (await page.locator("#group-g1 .diff").allInnerTexts()).join(" ");
    expect(g1Diffs).toContain("officials said");
    expect(g1Diffs).toContain("Witnesses");
    expect(await page.locator("#group-g2 .diff").allInnerTexts()).toEqual(["Lukashenko", "Lukashenka"]);
    const g3Diffs = await page.locator("#group-g3 .diff").allInnerTexts();
    expect(g3Diffs.join(" ")).toContain("venue");
    expect(g3Diffs.join(" ")).not.toContain("rally");
  });
});
