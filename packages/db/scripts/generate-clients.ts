// Generates both Prisma clients (SQLite and PostgreSQL) from their schemas. The PostgreSQL run
// needs a postgres:// DATABASE_URL for the config to pick that schema; nothing connects to it.
import { execFileSync } from "node:child_process";
import { locateRepoRoot } from "../src/locate-root.ts";
import { join } from "node:path";

const dbDir = join(locateRepoRoot(), "packages", "db");
const base = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
for (const url of ["file:./data/crosscheck.db", "postgresql://127.0.0.1:5432/unused"]) {
  execFileSync("pnpm", ["exec", "prisma", "generate"], {
    cwd: dbDir,
    env: { ...base, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
console.log("generated Prisma clients for sqlite and postgres");
