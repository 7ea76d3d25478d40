import type { Db } from "@crosscheck/db";
import { authModeOf, type AuthMode } from "./services/auth/auth-mode.ts";
import { findSessionReviewer } from "./services/auth/find-session-reviewer.ts";
import { ensureLocalReviewer } from "./services/reviewer/ensure-local-reviewer.ts";
import type { WorkspaceAccess } from "./services/member/find-workspace-role.ts";

export interface Reviewer {
  id: string;
  name: string;
  isLocal: boolean;
  /** a server admin acts as admin of every workspace */
  isAdmin?: boolean;
  email?: string | null;
}

export interface Context {
  db: Db;
  reviewer: Reviewer | null;
  /** absent in hand-built test contexts: the single-user mode */
  mode?: AuthMode;
  /** the client's address, for rate limits */
  clientAddress?: string;
  /** the request's headers (cookies), for signing in and out */
  requestHeaders?: Headers;
  /** headers to add to the response (Set-Cookie), where the transport has one */
  responseHeaders?: Headers;
  /** set by the access middleware for procedures scoped to a workspace */
  access?: WorkspaceAccess;
}

export interface ContextOptions {
  headers?: Headers;
  resHeaders?: Headers;
  mode?: AuthMode;
}

/**
 * Single-user mode (the embedded default) signs the local reviewer in automatically (the UI marks
 * it); accounts mode reads the session cookie (see services/auth/auth-mode.ts for which is on).
 */
export async function createContext(db: Db, options: ContextOptions = {}): Promise<Context> {
  const mode = options.mode ?? authModeOf();
  const headers = options.headers ?? new Headers();
  const base = {
    db,
    mode,
    clientAddress: clientAddressOf(headers),
    requestHeaders: headers,
    ...(options.resHeaders ? { responseHeaders: options.resHeaders } : {}),
  };
  if (mode === "local") return { ...base, reviewer: await localReviewerOf(db) };
  return { ...base, reviewer: await findSessionReviewer(db, headers, options.resHeaders) };
}

/**
 * The last address of X-Forwarded-For: the one the nearest hop saw. A reverse proxy (nginx's
 * $proxy_add_x_forwarded_for) appends the address it saw, so behind one the last entry is not the
 * client's choice, while the first entry is whatever the client sent. Next.js's own server fills
 * the header from the connection only when the request has none, so a server exposed without a
 * proxy can be sent any address: the per-account limits do not depend on it (rate-limits.ts).
 */
export function clientAddressOf(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || headers.get("x-real-ip")?.trim() || "unknown";
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
