import type { Db } from "@crosscheck/db";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { AUTH_COOKIE_PREFIX } from "./auth-mode.ts";
import { resolveAuthSecret } from "./auth-secret.ts";
import { readEnv, type Env } from "@crosscheck/env";

export const SESSION_DAYS = 7;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

function configureAuth(db: Db, env: Env) {
  // the two generated clients share one data model; the adapter only needs to know the dialect
  const provider = (db as unknown as { _activeProvider: string })._activeProvider === "postgresql" ? "postgresql" : "sqlite";
  const baseURL = env.CROSSCHECK_URL;
  return betterAuth({
    database: prismaAdapter(db, { provider }),
    secret: resolveAuthSecret(env),
    ...(baseURL ? { baseURL, trustedOrigins: [new URL(baseURL).origin] } : {}),
    telemetry: { enabled: false },
    // failed sign-ins are answered to the client; the server log keeps only real errors
    logger: { level: "error" },
    // accounts are made by an administrator (CLI), never by visitors
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    // better-auth's user, session, account and verification models mapped onto ours
    user: { modelName: "reviewer" },
    session: {
      modelName: "authSession",
      fields: { userId: "reviewerId" },
      expiresIn: SESSION_DAYS * 24 * 60 * 60,
      updateAge: 24 * 60 * 60,
    },
    account: { modelName: "authAccount", fields: { userId: "reviewerId" } },
    verification: { modelName: "authVerification" },
    // sign-in tries are limited per address and slowed down per account by services/auth/login-throttle.ts
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: AUTH_COOKIE_PREFIX,
      // Secure cookies whenever the public URL is https; without CROSSCHECK_URL, in production.
      // A plain-http URL (the loopback e2e server) gets cookies without Secure, honestly so.
      ...(baseURL ? { useSecureCookies: baseURL.startsWith("https://") } : {}),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
  });
}

export type Auth = ReturnType<typeof configureAuth>;

const instances = new WeakMap<Db, Auth>();

/** One authentication instance per database client. */
export function authFor(db: Db, env: Env = readEnv()): Auth {
  let auth = instances.get(db);
  if (!auth) {
    auth = configureAuth(db, env);
    instances.set(db, auth);
  }
  return auth;
}
