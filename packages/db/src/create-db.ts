import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client.ts";
import { PrismaClient as PostgresClient } from "../generated/postgres/client.ts";
import { ensureSqliteDirectory, resolveDatabaseTarget, type Provider } from "./database-url.ts";
import { readEnv } from "@crosscheck/env";

/**
 * The one client type the rest of the code sees. Both generated clients come from the same data
 * model (prisma/postgres/schema.prisma is derived from prisma/schema.prisma), but TypeScript cannot
 * relate their conditional aggregate types across the two generated modules, so the PostgreSQL
 * client is converted here, once. The API test suite runs against both providers to back this.
 */
export type Db = SqliteClient;
export type DbTx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

function asDb(client: PostgresClient): Db {
  return client as unknown as Db;
}
export interface DbHandle {
  db: Db;
  provider: Provider;
  disconnect: () => Promise<void>;
}

export function createDb(databaseUrl: string | undefined = readEnv().DATABASE_URL): DbHandle {
  const target = resolveDatabaseTarget(databaseUrl);
  if (target.provider === "sqlite") {
    ensureSqliteDirectory(target);
    // busy timeout: concurrent writers (the web server and a CLI import) wait instead of failing
    // One connection per process: transactions queue for it, so a burst of reviewers' writes must
    // be allowed to wait their turn longer than Prisma's default of 2 s.
    const db = new SqliteClient({
      adapter: new PrismaBetterSQLite3({ url: target.url, timeout: 20_000 }),
      transactionOptions: { maxWait: 20_000, timeout: 30_000 },
    });
    return { db, provider: "sqlite", disconnect: () => db.$disconnect() };
  }
  const pg = asDb(
    new PostgresClient({
      adapter: new PrismaPg({ connectionString: target.url, max: 10 }),
      transactionOptions: { maxWait: 10_000, timeout: 30_000 },
    }),
  );
  return { db: pg, provider: "postgres", disconnect: () => pg.$disconnect() };
}
