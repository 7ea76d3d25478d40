import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";

// Three short reports of one bridge opening. By hand: A and C say it cost 12 million, B 15 million
// (B differs, and changed the first report's value: A's, published first); C leaves out the
// ribbon that A and B both state (2 of 3: its omission, expected after its cost sentence); only
// A has the fireworks.
const RIBBON = "Mayor Ana Petrovic cut the ribbon in front of a crowd of about 2,000 people.";
const C_COST = "The city council said the bridge cost 12 million euros.";
const OPENED = "The new Danube bridge in Novi Sad opened on Monday after four years of construction.";
const COURIER = ["A new bridge over the Danube in Novi Sad opened on Monday after four years of work.", C_COST];
const ARTICLES = [
  {
    file: "daily-a.txt",
    outlet: "Daily A",
    publishedAt: "2026-03-02T08:00",
    text: [OPENED, "The bridge cost 12 million euros, according to the city council.", RIBBON, "Fireworks lit up the river after dark."],
  },
  {
    file: "daily-b.txt",
    outlet: "Daily B",
    publishedAt: "2026-03-02T12:00",
    text: [OPENED, "The bridge cost 15 million euros, according to the city council.", RIBBON],
  },
  { file: "courier-c.txt", outlet: "Courier C", publishedAt: "2026-03-03", text: COURIER },
];

function writeArticles(articles: typeof ARTICLES): string {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-coverage-e2e-"));
  for (const a of articles) writeFileSync(join(dir, a.file), `${a.text.join("\n\n")}\n`);
  const manifest = articles.map((a) => ({
    file: a.file,
    title: `Bridge opens (${a.outlet})`,
    outlet: a.outlet,
    author: null,
    url: null,
    publishedAt: a.publishedAt,
  }));
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
  return dir;
}

test.describe("coverage by outlet", () => {
  test("an editor sees what each outlet left out, changed or said alone, opens it, and exports it", async ({
    page,
    importWorkspace,
    importMore,
  }) => {
    test.slow();
    const ws = await importWorkspace([writeArticles(ARTICLES)]);
    await page.goto(`/w/${ws.slug}`);
    await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Coverage by outlet" }).click();
    await expect(page.getByRole("heading", { name: "Coverage", level: 1 })).toBeVisible();

    const outlets = page.getByRole("table", { name: "By outlet", exact: true });
    // Outlet, Stated, Agreeing, Differing, Not stated, Omitted, Unique, First to report
    await expect(outlets.getByRole("row", { name: /^Courier C/ })).toHaveText(/Courier C\s*\(1 article\)\s*2\s*2\s*0\s*1\s*1\s*0\s*0/);
    await expect(outlets.getByRole("row", { name: /^Daily A/ })).toHaveText(/Daily A\s*\(1 article\)\s*3\s*3\s*0\s*0\s*0\s*1\s*3/);
    await expect(outlets.getByRole("row", { name: /^Daily B/ })).toHaveText(/Daily B\s*\(1 article\)\s*3\s*2\s*1\s*0\s*0\s*0\s*0/);

    const matrix = page.getByRole("table", { name: "Facts by outlet", exact: true });
    // a row by its fact (other rows' cells may quote the same sentence as where a missing fact belongs)
    const factRow = (label: string) => matrix.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });
    const cost = factRow(C_COST);
    await expect(
      cost.getByRole("link", { name: /Daily B: states it differently \(conflict: number, gives “15 million euros”\)/ }),
    ).toBeVisible();
    await expect(cost).toContainText("3 of 3");
    await expect(cost).toContainText("Daily A2026-03-02 08:00");
    await expect(cost).toContainText("number: “12 million euros” → “15 million euros” (Daily B, 2026-03-02 12:00)");
    await expect(factRow(RIBBON).getByRole("link", { name: /Courier C: leaves it out though most outlets state it/ })).toBeVisible();

    // filters: what Courier C does not state
    await page
      .getByRole("search", { name: "Filter facts" })
      .getByRole("combobox", { name: /^Outlet/ })
      .selectOption("Courier C");
    await page
      .getByRole("search", { name: "Filter facts" })
      .getByRole("combobox", { name: /^Where it/ })
      .selectOption("absent");
    await expect(page.getByText("Showing 1 of 3 facts.")).toBeVisible();
    await expect(matrix.getByRole("row")).toHaveCount(2);
    await page
      .getByRole("search", { name: "Filter facts" })
      .getByRole("combobox", { name: /^Outlet/ })
      .selectOption("");
    await page
      .getByRole("search", { name: "Filter facts" })
      .getByRole("combobox", { name: /^Where an outlet/ })
      .selectOption("");
    await page
      .getByRole("search", { name: "Filter facts" })
      .getByRole("combobox", { name: /^Discrepancy kind/ })
      .selectOption("number");
    await expect(page.getByText("Showing 1 of 3 facts.")).toBeVisible();
    await page
      .getByRole("search", { name: "Filter facts" })
      .getByRole("combobox", { name: /^Discrepancy kind/ })
      .selectOption("");

    const omissions = page.getByRole("table", { name: "Omissions", exact: true });
    await expect(omissions.getByRole("row")).toHaveCount(2);
    const omission = omissions.getByRole("row", { name: /Courier C/ });
    await expect(omission).toContainText(RIBBON);
    await expect(omission).toContainText("2 of 3");
    await expect(omission).toContainText(`expected after its claim “${C_COST}”`);
    const unique = page.getByRole("region", { name: /Daily A/ });
    await expect(unique.getByRole("listitem")).toHaveText(["Fireworks lit up the river after dark."]);
    await expectAccessible(page);

    // every format downloads from a plain URL
    const csv = await page.request.get(`/api/workspaces/${ws.slug}/coverage?format=csv`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const lines = (await csv.text()).trim().split(/\r\n/);
    expect(lines[0]?.replace(/^\uFEFF/, "")).toBe(
      "fact_id,fact,outlet,state,severity,kinds,values,stated_by,outlets,omission,article_id,claim_id,claim,first_reported_by,first_reported_at,changed_later",
    );
    expect(lines).toHaveLength(1 + 3 * 3 + 1);
    const md = await page.request.get(`/api/workspaces/${ws.slug}/coverage?format=md`);
    expect(await md.text()).toContain(
      "| Courier C | Mayor Ana Petrovic cut the ribbon in front of a crowd of about 2,000 people. | 2 of 3 |",
    );
    expect((await page.request.get(`/api/workspaces/${ws.slug}/coverage?format=xlsx`)).status()).toBe(400);
    const report = await (await page.request.get(`/api/workspaces/${ws.slug}/report?format=json`)).json();
    expect(report.coverage.omissions).toHaveLength(1);

    // the omission opens Courier C's article at the sentence the ribbon would follow
    const where = omission.getByRole("link", { name: /^expected after its claim/ });
    expect(await where.getAttribute("href")).toMatch(
      /\/articles\/[^#]+#claim-[^:]+:~:text=The%20city%20council%20said%20the%20bridge%20cost%2012$/,
    );
    await where.click();
    await expect(page.getByRole("heading", { name: "Bridge opens (Courier C)", level: 1 })).toBeVisible();
    await page.goBack();
    await cost.getByRole("link", { name: /Daily B: states it differently/ }).click();
    await expect(page.getByRole("heading", { name: "Bridge opens (Daily B)", level: 1 })).toBeVisible();

    // a new version of Courier C's article states the ribbon: only current versions count
    await importMore(ws, [writeArticles([{ ...ARTICLES[2]!, text: [...COURIER, RIBBON] }])]);
    await page.goto(`/w/${ws.slug}/coverage`);
    await expect(page.getByText("No outlet leaves out a fact most outlets state.")).toBeVisible();
  });

  test("on the seeds: the earlier-visit reports omit what the summit reports share, and BelTA says most alone", async ({
    page,
    importWorkspace,
  }) => {
    const ws = await importWorkspace();
    await page.goto(`/w/${ws.slug}/coverage`);
    await expect(page.getByRole("table", { name: "By outlet", exact: true }).getByRole("row")).toHaveCount(6);
    const omissions = page.getByRole("table", { name: "Omissions", exact: true });
    // 000 and 001 each leave out the three facts BelTA, 247 News Reel and 004 all state
    await expect(omissions.getByRole("row")).toHaveCount(1 + 6);
    await expect(omissions.getByRole("row", { name: /^001_acb6da21a0999456\.txt/ })).toHaveCount(3);
    await expect(omissions.getByText("3 of 5")).toHaveCount(6);

    // Raisi and Pezeshkian, one outlet each: both sides marked, neither the majority
    const matrix = page.getByRole("table", { name: "Facts by outlet", exact: true });
    await page
      .getByRole("search", { name: "Filter facts" })
      .getByRole("combobox", { name: /^Discrepancy kind/ })
      .selectOption("person");
    await expect(
      matrix.getByRole("link", {
        name: /247 News Reel: states it differently \(conflict: [a-z, -]*person[a-z, -]*, gives .*“Ebrahim Raisi”/,
      }),
    ).toBeVisible();
    await expect(
      matrix.getByRole("link", { name: /BelTA: states it differently \(conflict: [a-z, -]*person[a-z, -]*, gives .*“Masoud Pezeshkian”/ }),
    ).toBeVisible();

    const belta = page.getByRole("region", { name: /^BelTA/ });
    await expect(belta.getByRole("listitem")).toHaveCount(8);
    await belta.getByRole("button", { name: /Show all \d+ of BelTA/ }).click();
    expect(await belta.getByRole("listitem").count()).toBeGreaterThan(8);
    await page
      .getByRole("search", { name: "Filter facts" })
      .getByRole("searchbox", { name: /^Search facts/ })
      .fill("Khrenin");
    await expect(
      page
        .getByRole("region", { name: /^004_be3693e29a9c8e21\.txt/ })
        .getByRole("listitem")
        .first(),
    ).toContainText("Khrenin");
    await expectAccessible(page);
  });
});
