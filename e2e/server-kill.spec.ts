import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createDb, type Db } from "@crosscheck/db";
import { expect, test } from "@playwright/test";

// The production server of its own database, killed with SIGKILL mid-job and started again.
const run = promisify(execFile);
const root = join(import.meta.dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3100) + 70;
const origin = `http://127.0.0.1:${port}`;

test.describe.configure({ mode: "serial" });

let databaseUrl: string;
let server: ChildProcess | undefined;
let db: Db;

async function startServer(): Promise<void> {
  server = spawn("pnpm", ["--filter", "@crosscheck/web", "exec", "next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  await expect
    .poll(async () => (await fetch(`${origin}/api/trpc/health.get`).catch(() => null))?.status ?? 0, { timeout: 60_000 })
    .toBe(200);
}

function killServer(): void {
  if (server?.pid) process.kill(-server.pid, "SIGKILL");
  server = undefined;
}

async function mutate(path: string, input: unknown): Promise<{ status: number; body: string }> {
  const response = await fetch(`${origin}/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ json: input }),
  });
  return { status: response.status, body: await response.text() };
}

/** Rows pointing at nothing, groups of fewer than two claims: what a half-written job would leave. */
async function findOrphans(): Promise<string[]> {
  const claimIds = new Set((await db.claim.findMany({ select: { id: true } })).map((c) => c.id));
  const articleIds = new Set((await db.article.findMany({ select: { id: true } })).map((a) => a.id));
  const problems: string[] = [];
  for (const c of await db.claim.findMany({ select: { id: true, articleId: true } }))
    if (!articleIds.has(c.articleId)) problems.push(`claim ${c.id}`);
  for (const m of await db.claimGroupMember.findMany({ select: { claimId: true } }))
    if (!claimIds.has(m.claimId)) problems.push(`member ${m.claimId}`);
  for (const g of await db.claimGroup.findMany({ select: { id: true, _count: { select: { members: true } } } }))
    if (g._count.members < 2) problems.push(`group ${g.id}`);
  return problems;
}

test.beforeAll(async () => {
  databaseUrl = `file:${join(mkdtempSync(join(tmpdir(), "crosscheck-kill-")), "kill.db")}`;
  await run(
    process.execPath,
    ["--import", "tsx/esm", join(root, "apps/cli/src/main.ts"), "import", join(root, "seeds"), "--workspace", "killed"],
    { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } },
  );
  db = createDb(databaseUrl).db;
  await startServer();
});

test.afterAll(async () => {
  killServer();
  await db?.$disconnect();
});

test("a re-analysis cut off by SIGKILL leaves the previous analysis whole, and runs to completion after a restart", async () => {
  test.slow();
  const groupsBefore = await db.claimGroup.count();
  expect((await mutate("analysis.run", { workspace: "killed" })).status).toBe(200);
  // kill it while it works: once the run has reported a stage past loading
  await expect
    .poll(
      async () => (await db.analysisRun.findFirst({ where: { status: "running", stage: { not: "load" } }, select: { id: true } })) !== null,
      { timeout: 60_000, intervals: [50] },
    )
    .toBe(true);
  killServer();
  expect(await findOrphans()).toEqual([]);
  expect(await db.claimGroup.count()).toBe(groupsBefore);

  await startServer();
  const again = await mutate("analysis.run", { workspace: "killed" });
  expect(again.status, again.body).toBe(200);
  await expect
    .poll(async () => (await db.analysisRun.findFirst({ orderBy: { startedAt: "desc" }, select: { status: true } }))?.status, {
      timeout: 120_000,
    })
    .toBe("done");
  expect(await db.analysisRun.count({ where: { status: "running" } })).toBe(0);
  expect(await db.analysisRun.count({ where: { status: "failed", error: { contains: "interrupted" } } })).toBe(1);
  expect(await findOrphans()).toEqual([]);
});

test("a batch import cut off by SIGKILL leaves no half-imported article, and completes when sent again", async () => {
  test.slow();
  const seed = readFileSync(join(root, "seeds", readdirSync(join(root, "seeds")).find((f) => f.startsWith("002"))!), "utf8");
  const sources = Array.from({ length: 40 }, (_, i) => ({
    kind: "text",
    name: `wire-copy-${i}.txt`,
    text: `${seed}\nWire copy ${i} of the batch.`,
  }));
  const before = await db.article.count();
  const pending = mutate("article.import", { workspace: "killed", sources }).catch(() => null);
  await expect.poll(async () => (await db.article.count()) > before, { timeout: 60_000, intervals: [20] }).toBe(true);
  killServer();
  await pending;
  const imported = (await db.article.count()) - before;
  expect(imported).toBeGreaterThan(0);
  expect(imported).toBeLessThan(40);
  for (const article of await db.article.findMany({
    where: { sourceName: { startsWith: "wire-copy-" } },
    select: { sourceName: true, text: true },
  })) {
    expect(article.text).toContain(`Wire copy ${article.sourceName.match(/\d+/)![0]} of the batch.`);
  }
  expect(await findOrphans()).toEqual([]);

  await startServer();
  const again = await mutate("article.import", { workspace: "killed", sources });
  expect(again.status, again.body).toBe(200);
  expect(await db.article.count()).toBe(before + 40);
});
