import { z } from "zod";

// The one reader of process.env outside scripts and tests: every setting the product reads, named
// and validated in one place, so a typo in a deployment's environment fails at start with the
// variable's name instead of somewhere deep in a request.

/** An unset variable and an empty one mean the same: not given. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

export const envSchema = z.object({
  NODE_ENV: optional(z.enum(["development", "production", "test"])),
  /** file:… (SQLite, the default data/crosscheck.db) or postgres://… */
  DATABASE_URL: optional(z.string().trim()),
  TEST_POSTGRES_URL: optional(z.string().trim()),
  /** accounts | local: forces the mode; unset, PostgreSQL means accounts and SQLite single-user */
  CROSSCHECK_AUTH: optional(
    z.preprocess(
      (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
      z.enum(["accounts", "local"], { error: 'CROSSCHECK_AUTH must be "accounts" or "local"' }),
    ),
  ),
  CROSSCHECK_AUTH_SECRET: optional(z.string().min(32, "CROSSCHECK_AUTH_SECRET must be at least 32 characters long")),
  /** better-auth's own name for the signing key, accepted as well */
  BETTER_AUTH_SECRET: optional(z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters long")),
  CROSSCHECK_AUTH_SECRET_FILE: optional(z.string()),
  /** the public address behind a proxy, e.g. https://crosscheck.example.org */
  CROSSCHECK_URL: optional(z.url({ protocol: /^https?$/, error: "CROSSCHECK_URL must be an http(s) address" })),
  /** hosts (host or host:port, comma-separated) on the internal network that URL imports may fetch */
  CROSSCHECK_FETCH_ALLOW_HOSTS: optional(z.string()),
  CHROMIUM_PATH: optional(z.string()),
});

export type Env = z.infer<typeof envSchema>;

/** Validates the environment (by default the process's); throws naming each variable that is wrong. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
}

/** The environment a child process (the Prisma CLI, Chromium) starts with: this one, plus overrides. */
export function childProcessEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
