import { chromium } from "playwright-core";
import { readEnv } from "@crosscheck/env";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

// Chromium fills the pageNumber/totalPages classes; the footer has its own tiny default font size.
const FOOTER = `<div style="font-size:8px;width:100%;text-align:center;color:#666;font-family:sans-serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`;

export interface RenderPdfOptions {
  /** defaults to $CHROMIUM_PATH, then Debian's /usr/bin/chromium */
  chromiumPath?: string;
}

/** Prints the HTML report to an A4 PDF with the system Chromium (playwright-core never downloads one). */
export async function renderPdfReport(html: string, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const executablePath = options.chromiumPath ?? readEnv().CHROMIUM_PATH ?? "/usr/bin/chromium";
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    // the report is self-contained: JavaScript off and every request refused, so article text cannot act
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: FOOTER,
      margin: { top: "14mm", bottom: "16mm", left: "12mm", right: "12mm" },
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await browser.close();
  }
}
