import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema } from "../scripts/write-postgres-schema.ts";
import { locateRepoRoot } from "../src/locate-root.ts";

const root = locateRepoRoot();
const read = (...p: string[]) => readFileSync(join(root, ...p), "utf8");
const latestSnapshot = (dir: string) => {
  const latest = readdirSync(join(root, dir))
    .filter((f) => /^\d+_/.test(f))
    .sort()
    .at(-1);
  return latest ? read(dir, latest, "schema.prisma") : "";
};

describe("one data model for both providers", () => {
  it("the PostgreSQL schema is the one derived from prisma/schema.prisma (run pnpm db:schemas)", () => {
    expect(read("prisma/postgres/schema.prisma")).toBe(derivePostgresSchema(read("prisma/schema.prisma")));
  });

  it("every schema change has a migration for SQLite and for PostgreSQL (run pnpm db:migration <name>)", () => {
    expect(latestSnapshot("prisma/migrations")).toBe(read("prisma/schema.prisma"));
    expect(latestSnapshot("prisma/postgres/migrations")).toBe(read("prisma/postgres/schema.prisma"));
  });
});
