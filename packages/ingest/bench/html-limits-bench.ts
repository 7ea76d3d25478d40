// How long and how much memory reading a web page takes as its nesting depth and element count
// grow: the figures behind MAX_HTML_DEPTH, MAX_HTML_ELEMENTS and the page reader's time and memory
// limits (packages/api/src/services/article/parse-in-worker.ts). Recorded in BENCHMARKS.md.
// Run: cd packages/ingest && node --import tsx/esm bench/html-limits-bench.ts
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { extractHtmlArticle, measureHtmlStructure } from "../src/index.ts";

const NO_LIMITS = { maxDepth: Number.MAX_SAFE_INTEGER, maxElements: Number.MAX_SAFE_INTEGER };
const SENTENCE = "Iranian President Masoud Pezeshkian arrived in Minsk on Wednesday for a two-day visit, the agency said. ";

/** `depth` nested divs around one sentence: the issue's hostile page. */
const nestedPage = (depth: number) => `<html><body>${"<div>".repeat(depth)}${SENTENCE}${"</div>".repeat(depth)}</body></html>`;

/** A news-like page: navigation, then paragraphs of 3 elements each, about 12 deep. */
function newsPage(paragraphs: number): string {
  const nav = `<nav><ul>${"<li><a href='/x'>Section</a></li>".repeat(20)}</ul></nav>`;
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${SENTENCE}<a href="/n/${i}">More</a> <em>${i}</em></p>`).join("");
  return `<html><head><title>Talks</title></head><body>${nav}${"<div class='wrap'>".repeat(8)}<article>${body}</article>${"</div>".repeat(8)}<footer>All rights reserved</footer></body></html>`;
}

/** Deep and wide: paragraphs at the bottom of a chain `depth` deep. */
const deepWidePage = (depth: number, paragraphs: number) =>
  `<html><body>${"<div>".repeat(depth)}${`<p>${SENTENCE}</p>`.repeat(paragraphs)}${"</div>".repeat(depth)}</body></html>`;

/** Chains `depth` deep side by side, up to `elements` elements. */
const chainsPage = (depth: number, elements: number) =>
  `<html><body>${`${"<div>".repeat(depth - 2)}${SENTENCE}${"</div>".repeat(depth - 2)}`.repeat(Math.floor(elements / (depth - 2)))}</body></html>`;

/** Long paragraphs, few elements: `megabytes` of article text. */
const textPage = (megabytes: number) => {
  const paragraph = `<p>${SENTENCE.repeat(40)}</p>`;
  return `<html><body><article>${paragraph.repeat(Math.floor((megabytes * 1048576) / paragraph.length))}</article></body></html>`;
};

const PAGES: Record<string, () => string> = { text: () => textPage(4.9), news: () => newsPage(16_600) };

if (!isMainThread) {
  // a worker with a heap limit: does the page fit?
  extractHtmlArticle(PAGES[workerData as string]!(), "bench.html", NO_LIMITS);
  parentPort!.postMessage("ok");
} else {
  const size = (html: string) =>
    html.length > 1048576 ? `${(html.length / 1048576).toFixed(1)} MB` : `${(html.length / 1024).toFixed(0)} KB`;
  const time = (html: string, run: (html: string) => unknown = (h) => extractHtmlArticle(h, "bench.html", NO_LIMITS)) => {
    const started = performance.now();
    try {
      run(html);
    } catch {
      // a page with no article text still took its time to read
    }
    return `${((performance.now() - started) / 1000).toFixed(2)} s`;
  };
  const elements = (html: string) => measureHtmlStructure(html, NO_LIMITS).elements.toLocaleString("en");
  const table = (title: string, rows: [string, string][]) => {
    console.log(`\n${title}`);
    for (const [label, html] of rows) console.log(`  ${label} (${elements(html)} elements, ${size(html)}): ${time(html)}`);
  };

  table(
    "one chain of nested divs → seconds to extract",
    [64, 128, 256, 384, 512, 768, 1000].map((d) => [`${d} deep`, nestedPage(d)]),
  );
  table(
    "news-like page, 12 deep → seconds to extract",
    [300, 1_500, 6_000, 16_000, 33_000].map((p) => [`${p.toLocaleString("en")} paragraphs`, newsPage(p)]),
  );
  table("deep and wide: paragraphs at the bottom of a chain → seconds to extract", [
    ["250 deep, 1,000 paragraphs", deepWidePage(250, 1_000)],
    ["250 deep, 5,000 paragraphs", deepWidePage(250, 5_000)],
    ["250 deep, 16,000 paragraphs", deepWidePage(250, 16_000)],
    ["120 deep, 16,000 paragraphs", deepWidePage(120, 16_000)],
  ]);
  table(
    "chains side by side → seconds to extract",
    [
      [64, 10_000],
      [128, 10_000],
      [256, 10_000],
    ].map(([d, e]) => [`${d} deep`, chainsPage(d!, e!)]),
  );

  console.log("\nthe structure scan alone, stopping at 256 deep or 50,000 elements");
  for (const [label, html] of [
    ["10,000 nested divs", nestedPage(10_000)],
    ["1,000,000 nested divs", nestedPage(1_000_000)],
    ["news-like page", newsPage(33_000)],
  ] as const) {
    console.log(`  ${label} (${size(html)}): ${time(html, (h) => measureHtmlStructure(h, { maxDepth: 256, maxElements: 50_000 }))}`);
  }

  console.log("\nheap a page needs: extracted in a worker thread with maxOldGenerationSizeMb");
  for (const page of Object.keys(PAGES)) {
    const results: string[] = [];
    for (const megabytes of [96, 128, 192, 256]) {
      const fits = await new Promise<boolean>((resolve) => {
        // a worker thread starts plain Node.js: tsx loads this file in it, as the app's worker entries do
        const load = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)}))`;
        const worker = new Worker(load, { eval: true, workerData: page, resourceLimits: { maxOldGenerationSizeMb: megabytes } });
        worker.once("message", () => resolve(true));
        worker.once("error", () => resolve(false));
      });
      results.push(`${megabytes} MB ${fits ? "fits" : "out of memory"}`);
    }
    console.log(`  ${page === "text" ? "4.9 MB of article text" : "news-like page, 50,000 elements"}: ${results.join(", ")}`);
  }
}
