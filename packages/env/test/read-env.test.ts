import { describe, expect, it } from "vitest";
import { readEnv } from "../src/index.ts";

describe("the environment a deployment gives", () => {
  it("treats unset and empty variables alike, and reads the mode case-insensitively", () => {
    expect(readEnv({})).toEqual({});
    expect(readEnv({ DATABASE_URL: "  ", CROSSCHECK_AUTH: " Accounts " })).toMatchObject({ CROSSCHECK_AUTH: "accounts" });
    expect(readEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("refuses a wrong setting at once, naming the variable", () => {
    expect(() => readEnv({ CROSSCHECK_AUTH: "open" })).toThrow(/CROSSCHECK_AUTH: CROSSCHECK_AUTH must be "accounts" or "local"/);
    expect(() => readEnv({ CROSSCHECK_AUTH_SECRET: "short" })).toThrow(/at least 32 characters/);
    expect(() => readEnv({ CROSSCHECK_URL: "ftp://example.org" })).toThrow(/CROSSCHECK_URL/);
    expect(() => readEnv({ NODE_ENV: "staging" })).toThrow(/NODE_ENV/);
  });

  it("keeps the values the product reads", () => {
    const env = readEnv({
      DATABASE_URL: "postgres://db/crosscheck",
      CROSSCHECK_URL: "https://crosscheck.example.org",
      CROSSCHECK_FETCH_ALLOW_HOSTS: "intranet:8080",
      UNRELATED: "x",
    });
    expect(env).toEqual({
      DATABASE_URL: "postgres://db/crosscheck",
      CROSSCHECK_URL: "https://crosscheck.example.org",
      CROSSCHECK_FETCH_ALLOW_HOSTS: "intranet:8080",
    });
  });
});
