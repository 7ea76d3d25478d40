import type { Db } from "@crosscheck/db";
import { ensureLocalReviewer } from "./services/reviewer/ensure-local-reviewer.ts";

export interface Reviewer {
  id: string;
  name: string;
  isLocal: boolean;
}

export interface Context {
  db: Db;
  reviewer: Reviewer | null;
}

/**
 * The embedded single-user default signs the local reviewer in automatically (the UI marks it);
 * shared-server accounts replace this when authentication lands.
 */
export async function createContext(db: Db): Promise<Context> {
  return { db, reviewer: await localReviewerOf(db) };
}

// Every request needs the local reviewer; it never changes once created, so it is looked up once
// per database client instead of once per request. A failed lookup is not kept.
const localReviewers = new WeakMap<Db, Promise<Reviewer>>();

function localReviewerOf(db: Db): Promise<Reviewer> {
  let reviewer = localReviewers.get(db);
  if (!reviewer) {
    reviewer = ensureLocalReviewer(db);
    localReviewers.set(db, reviewer);
    reviewer.catch(() => localReviewers.delete(db));
  }
  return reviewer;
}
