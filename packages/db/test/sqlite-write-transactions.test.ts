import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../src/testing/create-test-database.ts";

describe("SQLite transactions while another process writes", () => {
  let database: TestDatabase;
  let writer: ChildProcess;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    writer = spawn(process.execPath, ["--import", "tsx/esm", join(import.meta.dirname, "fixtures", "keep-writing.ts")], {
      env: { ...process.env, DATABASE_URL: database.url },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      writer.stdout?.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      writer.on("exit", (code) => reject(new Error(`the writer exited with ${code}`)));
    });
  }, 120_000);
  afterAll(async () => {
    writer?.kill("SIGKILL");
    await database?.drop();
  });

  it("a transaction that reads, works a moment, then writes never fails on a stale snapshot", async () => {
    const { db } = database;
    const workspace = await db.workspace.create({ data: { slug: "reader", name: "Reader" }, select: { id: true } });
    const writes = () => db.auditEvent.count({ where: { action: "test.write" } });
    const outcomes: PromiseSettledResult<void>[] = [];
    // Three waves of ten: this process's queued transactions can hold the write lock back to back
    // and starve the writer on a slow host, so each wave waits until the other process has
    // committed again, and every wave begins on a database another process has just changed.
    for (let wave = 0; wave < 3; wave++) {
      const before = await writes();
      await vi.waitFor(async () => expect(await writes()).toBeGreaterThan(before), { timeout: 20_000, interval: 20 });
      outcomes.push(
        ...(await Promise.allSettled(
          Array.from({ length: 10 }, (_, i) =>
            db.$transaction(async (tx) => {
              const row = await tx.workspace.findUniqueOrThrow({ where: { id: workspace.id }, select: { requiredAgreement: true } });
              // the application's own checks between the read and the write (a verdict's version check)
              await new Promise((resolve) => setTimeout(resolve, 15));
              await tx.workspace.update({
                where: { id: workspace.id },
                data: { description: `${wave}.${i}:${row.requiredAgreement}` },
                select: { id: true },
              });
            }),
          ),
        )),
      );
    }
    expect(outcomes.filter((o) => o.status === "rejected").map((o) => String((o as PromiseRejectedResult).reason).slice(0, 200))).toEqual(
      [],
    );
    expect(outcomes).toHaveLength(30);
  }, 120_000);
});
