import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { ensureSqliteDirectory, resolveDatabaseTarget } from "./database-url.ts";
import { createDb } from "./create-db.ts";
import { locateRepoRoot } from "./locate-root.ts";
import { childProcessEnv, readEnv } from "@crosscheck/env";

const run = promisify(execFile);

function committedMigrations(provider: "sqlite" | "postgres"): string[] {
  const dir = join(locateRepoRoot(), "prisma", ...(provider === "postgres" ? ["postgres"] : []), "migrations");
  return readdirSync(dir).filter((name) => existsSync(join(dir, name, "migration.sql")));
}

/**
 * Whether the database lacks a committed migration. Asking is cheap; running the migration CLI
 * costs seconds and takes locks a running server may hold, so it only runs when needed.
 */
async function hasPendingMigrations(url: string, provider: "sqlite" | "postgres"): Promise<boolean> {
  const handle = createDb(url);
  try {
    const rows = await handle.db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    return committedMigrations(provider).some((name) => !applied.has(name));
  } catch {
    return true; // no migrations table yet
  } finally {
    await handle.disconnect();
  }
}

/** Applies the committed migrations of the provider DATABASE_URL names (idempotent). */
export async function deployMigrations(databaseUrl: string | undefined = readEnv().DATABASE_URL): Promise<string> {
  const target = resolveDatabaseTarget(databaseUrl);
  ensureSqliteDirectory(target);
  if (!(await hasPendingMigrations(target.url, target.provider))) return "No pending migrations to apply.";
  const dbDir = join(locateRepoRoot(), "packages", "db");
  const prismaBin = join(dbDir, "node_modules", ".bin", "prisma");
  const { stdout } = await run(prismaBin, ["migrate", "deploy"], {
    cwd: dbDir,
    env: childProcessEnv({ DATABASE_URL: target.url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" }),
  });
  if (target.provider === "sqlite") await useWriteAheadLog(target.url);
  return stdout;
}

/**
 * WAL lets readers go on while a writer holds the lock (the web server keeps serving pages while
 * an import or analysis writes). The mode is stored in the database file, so setting it once here
 * covers every later connection.
 */
async function useWriteAheadLog(url: string): Promise<void> {
  const handle = createDb(url);
  try {
    await handle.db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  } finally {
    await handle.disconnect();
  }
}
