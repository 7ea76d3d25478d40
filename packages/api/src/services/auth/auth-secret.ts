import { locateRepoRoot } from "@crosscheck/db";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The key session cookies are signed with: CROSSCHECK_AUTH_SECRET (or BETTER_AUTH_SECRET) when
 * set, so several servers can share it; otherwise one generated on first use and kept, readable by
 * the owner only, in data/auth-secret, so sessions survive a restart. Never a built-in default.
 */
export function resolveAuthSecret(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.CROSSCHECK_AUTH_SECRET ?? env.BETTER_AUTH_SECRET;
  if (given) {
    if (given.length < 32) throw new Error("CROSSCHECK_AUTH_SECRET must be at least 32 characters long");
    return given;
  }
  const file = env.CROSSCHECK_AUTH_SECRET_FILE ?? join(locateRepoRoot(), "data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return secret;
}
