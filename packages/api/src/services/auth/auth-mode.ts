// the light subpath: the web server's proxy reads the mode on every request, without the database clients
import { resolveDatabaseTarget } from "@crosscheck/db/database-url";
import { readEnv, type Env } from "@crosscheck/env";

/**
 * "local": the embedded single-user default, the local reviewer is signed in automatically.
 * "accounts": a shared server, everyone signs in. On when DATABASE_URL is PostgreSQL or
 * CROSSCHECK_AUTH=accounts; CROSSCHECK_AUTH=local forces single-user (for development).
 */
export type AuthMode = "local" | "accounts";

export function authModeOf(env: Env = readEnv()): AuthMode {
  if (env.CROSSCHECK_AUTH) return env.CROSSCHECK_AUTH;
  return resolveDatabaseTarget(env.DATABASE_URL).provider === "postgres" ? "accounts" : "local";
}

/** Prefix of the session cookie's name; the web proxy looks for the cookie under it. */
export const AUTH_COOKIE_PREFIX = "crosscheck";
