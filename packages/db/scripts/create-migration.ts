// Creates a migration for both providers by diffing schema files, never a live or shadow database
// (a PostgreSQL "shadow database" can turn out to be the real one). Each migration folder keeps
// the schema it was made from, so the next migration diffs from there.
// Usage: pnpm db:migration <name>
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { locateRepoRoot } from "../src/locate-root.ts";

const name = process.argv[2]?.replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) throw new Error("usage: create-migration <name>");
const root = locateRepoRoot();
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

for (const [schema, dir, url] of [
  ["prisma/schema.prisma", "prisma/migrations", "file:./data/crosscheck.db"],
  ["prisma/postgres/schema.prisma", "prisma/postgres/migrations", "postgresql://postgres@127.0.0.1:5432/test"],
] as const) {
  const folder = join(root, dir);
  mkdirSync(folder, { recursive: true });
  const previous = readdirSync(folder)
    .filter((f) => existsSync(join(folder, f, "schema.prisma")))
    .sort()
    .at(-1);
  const from = previous ? ["--from-schema-datamodel", join(folder, previous, "schema.prisma")] : ["--from-empty"];
  const sql = execFileSync(
    "pnpm",
    ["exec", "prisma", "migrate", "diff", ...from, "--to-schema-datamodel", join(root, schema), "--script"],
    { cwd: join(root, "packages", "db"), env: { ...process.env, CHECKPOINT_DISABLE: "1", DATABASE_URL: url }, encoding: "utf8" },
  );
  if (/^-- This is an empty migration\.?\s*$/m.test(sql) && previous) {
    console.log(`${dir}: no changes`);
    continue;
  }
  const target = join(folder, `${stamp}_${name}`);
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, "migration.sql"), sql);
  copyFileSync(join(root, schema), join(target, "schema.prisma"));
  if (!existsSync(join(folder, "migration_lock.toml"))) {
    const provider = dir.includes("postgres") ? "postgresql" : "sqlite";
    writeFileSync(join(folder, "migration_lock.toml"), `provider = "${provider}"\n`);
  }
  console.log(`${dir}: created ${stamp}_${name}`);
}
