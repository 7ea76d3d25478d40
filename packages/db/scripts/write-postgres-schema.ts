// Derives prisma/postgres/schema.prisma from the single source prisma/schema.prisma.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { locateRepoRoot } from "../src/locate-root.ts";

export function derivePostgresSchema(source: string): string {
  return source
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/url\s*=\s*"file:[^"]*"/, 'url      = env("DATABASE_URL")')
    .replace('output     = "../packages/db/generated/sqlite"', 'output     = "../../packages/db/generated/postgres"')
    .replace(
      /^\/\/ The single source[^\n]*\n\/\/[^\n]*\n/m,
      "// GENERATED from prisma/schema.prisma by `pnpm db:schemas`: edit that file, not this one.\n",
    );
}

if (process.argv[1]?.endsWith("write-postgres-schema.ts")) {
  const root = locateRepoRoot();
  const source = readFileSync(join(root, "prisma", "schema.prisma"), "utf8");
  mkdirSync(join(root, "prisma", "postgres"), { recursive: true });
  writeFileSync(join(root, "prisma", "postgres", "schema.prisma"), derivePostgresSchema(source));
  console.log("wrote prisma/postgres/schema.prisma");
}
