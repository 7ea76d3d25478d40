import { locateRepoRoot } from "@crosscheck/db";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { readEnv, type Env } from "@crosscheck/env";

/**
 * The key session cookies are signed with: CROSSCHECK_AUTH_SECRET (or BETTER_AUTH_SECRET) when
 * set, so several servers can share it; otherwise one generated on first use and kept, readable by
 * the owner only, in data/auth-secret, so sessions survive a restart. Never a built-in default.
 */
export function resolveAuthSecret(env: Env = readEnv()): string {
  // the environment module has checked its length
  const given = env.CROSSCHECK_AUTH_SECRET ?? env.BETTER_AUTH_SECRET;
  if (given) return given;
  const file = env.CROSSCHECK_AUTH_SECRET_FILE ?? join(locateRepoRoot(), "data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return secret;
}
