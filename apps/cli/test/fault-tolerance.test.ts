import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureLocalReviewer, findWorkspaceBySlug, getAnalysisStatus, startAnalysis } from "@crosscheck/api/services";
import { createDb, type Db } from "@crosscheck/db";
import { createTestDatabase, type TestDatabase, type TestProvider } from "@crosscheck/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.ts";

const ARTICLES = 12;

/** Starts the real CLI and kills it with SIGKILL the moment its progress output matches `when`. */
function killDuring(args: string[], env: Record<string, string>, when: RegExp): Promise<{ killed: boolean; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx/esm", join(repoRoot, "apps/cli/src/main.ts"), ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    let killed = false;
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!killed && when.test(stderr)) {
        killed = child.kill("SIGKILL");
      }
    });
    child.on("error", reject);
    child.on("exit", () => resolve({ killed, stderr }));
  });
}

/** A folder of distinct articles made from the seeds, each a little different so none is a duplicate. */
function writeBatch(): string {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-batch-"));
  const seeds = readdirSync(join(repoRoot, "seeds"))
    .filter((f) => f.endsWith(".txt"))
    .sort();
  for (let i = 0; i < ARTICLES; i++) {
    const seed = readFileSync(join(repoRoot, "seeds", seeds[i % seeds.length]!), "utf8");
    writeFileSync(
      join(dir, `batch-${String(i).padStart(2, "0")}.txt`),
      `${seed}\nEditor's note ${i}: this copy was filed as number ${i} of the batch.\n`,
    );
  }
  return dir;
}

/** Rows that point at nothing, or an article whose stored text is not what its file held. */
async function findInconsistencies(db: Db, batch: string): Promise<string[]> {
  const problems: string[] = [];
  const articles = await db.article.findMany({ select: { id: true, sourceName: true, text: true, wordCount: true } });
  const ids = new Set(articles.map((a) => a.id));
  for (const article of articles) {
    const source = readFileSync(join(batch, article.sourceName), "utf8");
    if (source.trim().replace(/\r\n/g, "\n") !== article.text.trim()) problems.push(`article ${article.sourceName} is not its file's text`);
    if (article.wordCount <= 0) problems.push(`article ${article.sourceName} has no words`);
  }
  const claims = await db.claim.findMany({ select: { id: true, articleId: true } });
  const claimIds = new Set(claims.map((c) => c.id));
  problems.push(...claims.filter((c) => !ids.has(c.articleId)).map((c) => `claim ${c.id} of a missing article`));
  const members = await db.claimGroupMember.findMany({ select: { claimId: true, groupId: true } });
  problems.push(...members.filter((m) => !claimIds.has(m.claimId)).map((m) => `group member ${m.claimId} is a missing claim`));
  const groups = await db.claimGroup.findMany({ select: { id: true, _count: { select: { members: true } } } });
  problems.push(...groups.filter((g) => g._count.members < 2).map((g) => `group ${g.id} has ${g._count.members} members`));
  const groupIds = new Set(groups.map((g) => g.id));
  const discrepancies = await db.discrepancy.findMany({ select: { id: true, groupId: true } });
  problems.push(...discrepancies.filter((d) => !groupIds.has(d.groupId)).map((d) => `discrepancy ${d.id} of a missing group`));
  const mentions = await db.mention.findMany({ select: { id: true, articleId: true, claimId: true } });
  problems.push(
    ...mentions
      .filter((m) => !ids.has(m.articleId) || (m.claimId && !claimIds.has(m.claimId)))
      .map((m) => `mention ${m.id} points at nothing`),
  );
  return problems;
}

describe.each(["sqlite", "postgres"] as TestProvider[])("killed with SIGKILL (%s)", (provider) => {
  let database: TestDatabase;
  let batch: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    batch = writeBatch();
    env = { DATABASE_URL: database.url };
  });
  afterAll(async () => database?.drop());

  it("in the middle of a batch import: no half-imported article, and the import runs again to completion", async () => {
    const killed = await killDuring(["import", batch, "--workspace", "batch", "--no-analyze"], env, new RegExp(`\\[4/${ARTICLES}\\]`));
    expect(killed.killed).toBe(true);
    const db = createDb(database.url).db;
    const before = await db.article.count();
    expect(before).toBeGreaterThanOrEqual(3);
    expect(before).toBeLessThan(ARTICLES);
    expect(await findInconsistencies(db, batch)).toEqual([]);

    const again = await runCli(["import", batch, "--workspace", "batch", "--no-analyze"], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`${ARTICLES - before} imported, ${before} already present, 0 refused`);
    expect(await db.article.count()).toBe(ARTICLES);
  }, 240_000);

  it("in the middle of a re-analysis: the previous analysis stays whole, and the analysis runs again to completion", async () => {
    const first = await runCli(["reanalyze", "--workspace", "batch"], env);
    expect(first.code, first.stderr).toBe(0);
    const db = createDb(database.url).db;
    const groupsBefore = await db.claimGroup.count();
    expect(groupsBefore).toBeGreaterThan(0);

    // killed while it stores the new result: the transaction must leave the old one intact
    const killed = await killDuring(["reanalyze", "--workspace", "batch"], env, /analysis: store 0\/1/);
    const killedAt = Date.now();
    expect(killed.killed).toBe(true);
    expect(await findInconsistencies(db, batch)).toEqual([]);
    expect(await db.claimGroup.count()).toBe(groupsBefore);
    const interrupted = await db.analysisRun.findFirstOrThrow({
      orderBy: { startedAt: "desc" },
      select: { id: true, status: true, heartbeatAt: true },
    });
    expect(interrupted).toMatchObject({ status: "running", heartbeatAt: expect.any(Date) });

    // the web app's "Re-run analysis" right after the kill: accepted at once (it used to be refused
    // for ten minutes); the killed run is marked interrupted as soon as its heartbeat is stale, and
    // the new run completes
    const workspace = await findWorkspaceBySlug(db, "batch");
    await expect(startAnalysis(db, workspace.id, (await ensureLocalReviewer(db)).id)).resolves.toEqual({ started: true });
    await expect
      .poll(async () => (await db.analysisRun.findUniqueOrThrow({ where: { id: interrupted.id }, select: { status: true } })).status, {
        timeout: 60_000,
        interval: 250,
      })
      .toBe("failed");
    const marked = await db.analysisRun.findUniqueOrThrow({ where: { id: interrupted.id }, select: { error: true, finishedAt: true } });
    expect(marked.error).toMatch(/^interrupted/);
    expect(marked.finishedAt!.getTime() - killedAt).toBeLessThan(20_000);
    await expect
      .poll(async () => getAnalysisStatus(db, workspace.id), { timeout: 240_000, interval: 500 })
      .toMatchObject({ status: "done", pending: false });
    expect(await findInconsistencies(db, batch)).toEqual([]);
    expect(await db.claimGroup.count()).toBe(groupsBefore);

    const again = await runCli(["reanalyze", "--workspace", "batch"], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`analysed ${ARTICLES} articles`);
    expect(await findInconsistencies(db, batch)).toEqual([]);
    expect(await db.claimGroup.count()).toBe(groupsBefore);
  }, 400_000);
});
