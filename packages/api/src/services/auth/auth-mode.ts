// the light subpath: the web server's proxy reads the mode on every request, without the database clients
import { resolveDatabaseTarget } from "@crosscheck/db/database-url";

/**
 * "local": the embedded single-user default, the local reviewer is signed in automatically.
 * "accounts": a shared server, everyone signs in. On when DATABASE_URL is PostgreSQL or
 * CROSSCHECK_AUTH=accounts; CROSSCHECK_AUTH=local forces single-user (for development).
 */
export type AuthMode = "local" | "accounts";

export function authModeOf(env: NodeJS.ProcessEnv = process.env): AuthMode {
  const chosen = env.CROSSCHECK_AUTH?.trim().toLowerCase();
  if (chosen === "accounts" || chosen === "local") return chosen;
  if (chosen) throw new Error(`CROSSCHECK_AUTH must be "accounts" or "local"; got "${chosen.slice(0, 20)}"`);
  return resolveDatabaseTarget(env.DATABASE_URL).provider === "postgres" ? "accounts" : "local";
}

/** Prefix of the session cookie's name; the web proxy looks for the cookie under it. */
export const AUTH_COOKIE_PREFIX = "crosscheck";
