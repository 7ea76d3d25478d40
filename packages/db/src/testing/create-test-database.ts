import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createDb, type DbHandle } from "../create-db.ts";
import { deployMigrations } from "../deploy-migrations.ts";
import { locateRepoRoot } from "../locate-root.ts";
import { readEnv } from "@crosscheck/env";

export type TestProvider = "sqlite" | "postgres";

export interface TestDatabase extends DbHandle {
  url: string;
  drop: () => Promise<void>;
}

/** The PostgreSQL server tests use; CI and developers' machines run one on loopback. */
export function testPostgresAdminUrl(): string {
  return readEnv().TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
}

function databaseUrl(admin: URL, name: string): string {
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdminClient<T>(admin: URL, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: admin.toString() });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${admin.host} (${(error as Error).message}); start it or set TEST_POSTGRES_URL`);
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * `migrate deploy` on PostgreSQL takes ~10 s here, so the migrations are applied once to a
 * template database named after their content, and each test database is a copy of it.
 */
async function ensureMigratedTemplate(admin: URL): Promise<string> {
  const root = locateRepoRoot();
  const dir = join(root, "prisma", "postgres", "migrations");
  const hash = createHash("sha256");
  for (const folder of readdirSync(dir).sort()) {
    const sql = join(dir, folder, "migration.sql");
    if (existsSync(sql)) hash.update(folder).update(readFileSync(sql));
  }
  const name = `crosscheck_template_${hash.digest("hex").slice(0, 12)}`;
  const exists = await withAdminClient(
    admin,
    async (client) => (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1,
  );
  if (exists) return name;
  const building = `${name}_${randomUUID().slice(0, 8)}`;
  await withAdminClient(admin, (client) => client.query(`CREATE DATABASE "${building}"`));
  await deployMigrations(databaseUrl(admin, building));
  // a concurrent run may have finished first: the rename then fails and its template is used
  await withAdminClient(admin, (client) => client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`)).catch(() =>
    withAdminClient(admin, (client) => client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`)),
  );
  return name;
}

/**
 * A fresh, migrated database of its own for a test file: a temp SQLite file, or a uniquely
 * named PostgreSQL database that is dropped afterwards. Tests never share or reuse data.
 */
export async function createTestDatabase(provider: TestProvider): Promise<TestDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-test-"));
    const url = `file:${join(dir, "test.db")}`;
    await deployMigrations(url);
    const handle = createDb(url);
    return { ...handle, url, drop: async () => (await handle.disconnect(), rmSync(dir, { recursive: true, force: true })) };
  }
  const admin = new URL(testPostgresAdminUrl());
  const name = `crosscheck_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const template = await ensureMigratedTemplate(admin);
  await withAdminClient(admin, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const url = databaseUrl(admin, name);
  const handle = createDb(url);
  return {
    ...handle,
    url,
    drop: async () => {
      await handle.disconnect();
      await withAdminClient(admin, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
