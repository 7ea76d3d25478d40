import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { ensureSqliteDirectory, type DatabaseTarget } from "./database-url.ts";

// PostgreSQL's catalog queries made by `migrate deploy` return columns of the system types
// `name` (oid 19) and `"char"` (oid 18), which @prisma/adapter-pg 6.19 cannot map and rejects.
// Both are plain text for our purposes, so report them as text (oid 25).
const SYSTEM_TEXT_OIDS = new Set([18, 19]);

function relabelSystemTypes<T>(result: T): T {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  for (const field of fields ?? []) if (SYSTEM_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = 25;
  return result;
}

class SystemTypesAsTextClient extends pg.Client {
  // pg calls query both promise-style and callback-style (the pool does the latter).
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: unknown, res: unknown) => (last as (e: unknown, r: unknown) => void)(err, relabelSystemTypes(res));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return (out instanceof Promise ? out.then(relabelSystemTypes) : out) as never;
  }
}

export function createMigrationAdapter(target: DatabaseTarget) {
  if (target.provider === "sqlite") {
    ensureSqliteDirectory(target);
    return new PrismaBetterSQLite3({ url: target.url });
  }
  // allowExitOnIdle: the CLI otherwise lingers until the pool's idle timers fire.
  const pool = new pg.Pool({
    connectionString: target.url,
    Client: SystemTypesAsTextClient,
    allowExitOnIdle: true,
    idleTimeoutMillis: 200,
  });
  return new PrismaPg(pool);
}
