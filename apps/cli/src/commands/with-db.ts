import { createDb, deployMigrations, type Db } from "@crosscheck/db";

/** Runs a command against the database DATABASE_URL names, migrated first, and always disconnects. */
export async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  await deployMigrations();
  const handle = createDb();
  try {
    return await fn(handle.db);
  } finally {
    await handle.disconnect();
  }
}
