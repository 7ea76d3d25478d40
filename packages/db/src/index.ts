export { createDb, type Db, type DbTx, type DbHandle } from "./create-db.ts";
export { resolveDatabaseTarget, DatabaseUrlError, type DatabaseTarget, type Provider } from "./database-url.ts";
export { deployMigrations } from "./deploy-migrations.ts";
export { locateRepoRoot } from "./locate-root.ts";
export { Prisma } from "../generated/sqlite/client.ts";
