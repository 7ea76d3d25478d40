import "server-only";
import { createDb, type Db } from "@crosscheck/db";

declare global {
  // one client per server process: dev reloads would otherwise open a new pool each time
  var crosscheckDb: Db | undefined;
}

export function getDb(): Db {
  return (globalThis.crosscheckDb ??= createDb().db);
}
