import { mkdirSync } from "node:fs";
import { dirname, isAbsolute, join } from "node:path";
import { locateRepoRoot } from "./locate-root.ts";
import { readEnv } from "@crosscheck/env";

export type Provider = "sqlite" | "postgres";

export interface DatabaseTarget {
  provider: Provider;
  /** for SQLite an absolute file path URL (`file:/…`), for PostgreSQL the connection string */
  url: string;
}

export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

export function resolveDatabaseTarget(raw: string | undefined = readEnv().DATABASE_URL): DatabaseTarget {
  const value = raw?.trim();
  if (!value) {
    return { provider: "sqlite", url: `file:${join(locateRepoRoot(), "data", "crosscheck.db")}` };
  }
  if (/^postgres(ql)?:\/\//i.test(value)) return { provider: "postgres", url: value };
  if (value.startsWith("file:")) {
    const path = value.slice("file:".length);
    return { provider: "sqlite", url: `file:${isAbsolute(path) ? path : join(locateRepoRoot(), path)}` };
  }
  throw new DatabaseUrlError(`DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL); got "${value.slice(0, 40)}"`);
}

export function sqliteFilePath(target: DatabaseTarget): string {
  return target.url.slice("file:".length);
}

export function ensureSqliteDirectory(target: DatabaseTarget): void {
  if (target.provider === "sqlite") mkdirSync(dirname(sqliteFilePath(target)), { recursive: true });
}
