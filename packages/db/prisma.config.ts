// Prisma CLI configuration for both providers, chosen from DATABASE_URL like the app does.
// engine "js" + driver adapters: the native engines cannot be downloaded on our machines.
import { defineConfig } from "prisma/config";
import { resolveDatabaseTarget } from "./src/database-url.ts";
import { createMigrationAdapter } from "./src/migration-adapter.ts";

process.env.CHECKPOINT_DISABLE ??= "1";
const target = resolveDatabaseTarget();
const postgres = target.provider === "postgres";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "../../prisma/postgres/schema.prisma" : "../../prisma/schema.prisma",
  migrations: { path: postgres ? "../../prisma/postgres/migrations" : "../../prisma/migrations" },
  adapter: async () => createMigrationAdapter(target),
});
