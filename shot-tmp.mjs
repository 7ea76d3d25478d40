import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
const errors = [];
p.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") errors.push(m.text().slice(0, 200)); });
p.on("pageerror", (e) => errors.push("PAGEERROR " + e.message.slice(0, 200)));
for (const [path, file] of process.argv.slice(2).map((a) => a.split("="))) {
  await p.goto("http://localhost:3900" + path);
  await p.waitForLoadState("networkidle");
  await p.screenshot({ path: file, fullPage: process.env.FULL !== "0" });
  console.log(path, "->", file, "title:", await p.title());
}
console.log("console errors:", errors);
await b.close();
