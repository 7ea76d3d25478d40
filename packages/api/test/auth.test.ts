import { describe, expect, it, vi } from "vitest";
import { createContext } from "../src/context.ts";
import { createCaller } from "../src/root.ts";
import { authModeOf } from "../src/services/auth/auth-mode.ts";
import { createAccount } from "../src/services/auth/create-account.ts";
import { FREE_FAILURES } from "../src/services/auth/login-throttle.ts";
import { useTestApi } from "./test-api.ts";
import { readEnv } from "@crosscheck/env";

const api = useTestApi();
const PASSWORD = "correct horse battery staple";

let n = 0;
async function account(options: { isAdmin?: boolean } = {}) {
  const email = `person${++n}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const reviewer = await createAccount(api.db, { email, name: `Person ${n}`, password: PASSWORD, isAdmin: options.isAdmin ?? false });
  return { ...reviewer, email };
}

/** A request as the web route makes it: its headers in, the response's headers out. */
async function request(cookie?: string, address = "198.51.100.7") {
  const resHeaders = new Headers();
  const headers = new Headers({ "x-forwarded-for": address, ...(cookie ? { cookie } : {}) });
  const ctx = await createContext(api.db, { mode: "accounts", headers, resHeaders });
  return { caller: createCaller(ctx), resHeaders, ctx };
}

function sessionCookieOf(resHeaders: Headers): string {
  const cookie = resHeaders.getSetCookie().find((c) => c.includes("session_token="));
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(resHeaders.getSetCookie())}`);
  return cookie;
}

describe("accounts and sessions", () => {
  it("signs in with the password, keeps the session in the database, and sets a hardened cookie", async () => {
    const person = await account();
    const first = await request();
    expect(await first.caller.auth.session()).toEqual({ mode: "accounts", reviewer: null });
    const signedIn = await first.caller.auth.signIn({ email: person.email.toUpperCase(), password: PASSWORD });
    expect(signedIn).toEqual({ id: person.id, name: person.name });

    const cookie = sessionCookieOf(first.resHeaders);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Max-Age=604800/);
    const sessions = await api.db.authSession.findMany({
      where: { reviewerId: person.id },
      select: { token: true, expiresAt: true, ipAddress: true },
    });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);

    const next = await request(cookie.split(";")[0]);
    expect((await next.caller.auth.session()).reviewer).toMatchObject({
      id: person.id,
      email: person.email,
      isLocal: false,
      isAdmin: false,
    });
  });

  it("stores only a strong hash of the password, never the password", async () => {
    const person = await account();
    const credential = await api.db.authAccount.findFirstOrThrow({
      where: { reviewerId: person.id, providerId: "credential" },
      select: { password: true },
    });
    expect(credential.password).not.toContain(PASSWORD);
    // better-auth's scrypt format: salt:key, both hex
    expect(credential.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    await expect(
      createAccount(api.db, { email: "short@example.org", name: "Short", password: "too short", isAdmin: false }),
    ).rejects.toThrow(/at least 12 characters/);
    await expect(createAccount(api.db, { email: person.email, name: "Again", password: PASSWORD, isAdmin: false })).rejects.toThrow(
      /exists already/,
    );
  });

  it("refuses a wrong password and an unknown email with the same message", async () => {
    const person = await account();
    const { caller, resHeaders } = await request(undefined, "198.51.100.20");
    await expect(caller.auth.signIn({ email: person.email, password: "wrong password!!" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "Wrong email or password.",
    });
    await expect(caller.auth.signIn({ email: "nobody@example.org", password: PASSWORD })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "Wrong email or password.",
    });
    // the local reviewer of single-user mode has no password at all: it can never sign in
    await expect(caller.auth.signIn({ email: "local@crosscheck.invalid", password: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.auth.signIn({ email: "local@crosscheck.invalid", password: PASSWORD })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    expect(resHeaders.getSetCookie().filter((c) => c.includes("session_token=") && !c.includes("Max-Age=0"))).toEqual([]);
  });

  it("limits sign-in attempts per address and account", async () => {
    const person = await account();
    const address = "203.0.113.50";
    for (let i = 0; i < 5; i++) {
      const { caller } = await request(undefined, address);
      await expect(caller.auth.signIn({ email: person.email, password: `wrong guess ${i}!` })).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
    }
    const { caller } = await request(undefined, address);
    await expect(caller.auth.signIn({ email: person.email, password: PASSWORD })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/^Too many sign-in attempts\. Try again in \d+ minutes\.$/),
    });
    // the owner, from elsewhere, still gets in
    const elsewhere = await request(undefined, "203.0.113.51");
    expect((await elsewhere.caller.auth.signIn({ email: person.email, password: PASSWORD })).id).toBe(person.id);
  });

  it("slows guesses from rotating addresses down to one a minute, and never keeps the owner out", async () => {
    const person = await account();
    const home = "198.18.200.1";
    // the owner signed in from home before: that address is familiar
    await (await request(undefined, home)).caller.auth.signIn({ email: person.email, password: PASSWORD });
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const waits: number[] = [];
      let address = 0;
      for (let wrong = 0, tries = 0; wrong < 25 && tries < 100; tries++) {
        const { caller } = await request(undefined, `198.18.${Math.floor(++address / 250)}.${(address % 250) + 1}`);
        const outcome = await caller.auth
          .signIn({ email: person.email, password: `wrong guess ${wrong}!` })
          .catch((error: { code: string; message: string }) => error);
        if ("code" in outcome && outcome.code === "TOO_MANY_REQUESTS") {
          expect(outcome.message).toMatch(/^Too many failed sign-ins to this account\. Wait \d+ seconds before the next try\.$/);
          const seconds = Number(/\d+/.exec(outcome.message)?.[0]);
          waits.push(seconds);
          vi.setSystemTime(Date.now() + seconds * 1000);
        } else {
          expect(outcome).toMatchObject({ code: "UNAUTHORIZED" });
          wrong++;
        }
      }
      // five free tries, then a wait that doubles up to a minute: no fifteen-minute lockout
      expect(waits).toEqual([2, 4, 8, 16, 32, ...Array<number>(14).fill(60)]);

      // the owner at home: a typo, then the right password, at once, while the guessing goes on
      const owner = await request(undefined, home);
      await expect(owner.caller.auth.signIn({ email: person.email, password: "a typo at home!" })).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
      expect((await owner.caller.auth.signIn({ email: person.email, password: PASSWORD })).id).toBe(person.id);

      // from an address never used before, the owner waits at most a minute, like everyone else there
      const travelling = await request(undefined, "203.0.113.200");
      await expect(travelling.caller.auth.signIn({ email: person.email, password: PASSWORD })).rejects.toMatchObject({
        code: "TOO_MANY_REQUESTS",
        message: expect.stringMatching(/Wait (60|59) seconds/),
      });
      vi.setSystemTime(Date.now() + 60_000);
      expect((await travelling.caller.auth.signIn({ email: person.email, password: PASSWORD })).id).toBe(person.id);
    } finally {
      vi.useRealTimers();
    }
  });

  it("lets a burst of parallel guesses from many addresses through only as far as the free tries and one turn", async () => {
    const person = await account();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, async (_, i) =>
        (await request(undefined, `198.19.7.${i + 1}`)).caller.auth.signIn({ email: person.email, password: `parallel guess ${i}` }),
      ),
    );
    const codes = outcomes.map((o) => (o.status === "rejected" ? (o.reason as { code: string }).code : "OK"));
    expect(codes.filter((c) => c === "UNAUTHORIZED")).toHaveLength(FREE_FAILURES + 1);
    expect(codes.filter((c) => c === "TOO_MANY_REQUESTS")).toHaveLength(20 - FREE_FAILURES - 1);
  });

  it("takes the address a proxy appended, not one the client put first in X-Forwarded-For", async () => {
    const spoofed = new Headers({ "x-forwarded-for": "10.9.8.7, 203.0.113.9" });
    expect((await createContext(api.db, { mode: "accounts", headers: spoofed })).clientAddress).toBe("203.0.113.9");
  });

  it("signs out: the session row goes and the cookie stops working", async () => {
    const person = await account();
    const first = await request(undefined, "198.51.100.30");
    await first.caller.auth.signIn({ email: person.email, password: PASSWORD });
    const cookie = sessionCookieOf(first.resHeaders).split(";")[0]!;
    const out = await request(cookie);
    expect(await out.caller.auth.signOut()).toEqual({ signedOut: true });
    expect(out.resHeaders.getSetCookie().some((c) => c.includes("session_token=;") || /session_token=[^;]*;.*Max-Age=0/i.test(c))).toBe(
      true,
    );
    expect(await api.db.authSession.count({ where: { reviewerId: person.id } })).toBe(0);
    expect((await (await request(cookie)).caller.auth.session()).reviewer).toBeNull();
  });

  it("ends an expired session", async () => {
    const person = await account();
    const first = await request(undefined, "198.51.100.40");
    await first.caller.auth.signIn({ email: person.email, password: PASSWORD });
    const cookie = sessionCookieOf(first.resHeaders).split(";")[0]!;
    await api.db.authSession.updateMany({ where: { reviewerId: person.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const later = await request(cookie);
    expect(later.ctx.reviewer).toBeNull();
    await expect(later.caller.workspace.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("refuses a forged cookie", async () => {
    const person = await account();
    const first = await request(undefined, "198.51.100.41");
    await first.caller.auth.signIn({ email: person.email, password: PASSWORD });
    const [name, value] = sessionCookieOf(first.resHeaders).split(";")[0]!.split("=") as [string, string];
    const token = decodeURIComponent(value).split(".")[0]!;
    expect((await request(`${name}=${token}.forgedsignature`)).ctx.reviewer).toBeNull();
  });

  it("signs the local reviewer in automatically in single-user mode, and has no sign-in there", async () => {
    const ctx = await createContext(api.db, { mode: "local" });
    expect(ctx.reviewer).toMatchObject({ name: "Local reviewer", isLocal: true });
    const caller = createCaller(ctx);
    expect((await caller.auth.session()).mode).toBe("local");
    await expect(caller.auth.signIn({ email: "a@example.org", password: PASSWORD })).rejects.toThrow(/single-user mode/);
  });

  it("chooses the mode from the environment", () => {
    expect(authModeOf(readEnv({}))).toBe("local");
    expect(authModeOf(readEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/x" }))).toBe("accounts");
    expect(authModeOf(readEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/x", CROSSCHECK_AUTH: "local" }))).toBe("local");
    expect(authModeOf(readEnv({ CROSSCHECK_AUTH: "accounts" }))).toBe("accounts");
    expect(() => authModeOf(readEnv({ CROSSCHECK_AUTH: "open" }))).toThrow(/accounts" or "local/);
  });
});

describe("rate limit on import", () => {
  it("refuses a 61st import request within a minute with a clear message", async () => {
    const person = await account();
    const ws = await api.workspace("Import limit");
    await api.db.membership.create({ data: { workspaceId: ws.id, reviewerId: person.id, role: "reviewer" }, select: { role: true } });
    const caller = createCaller({
      db: api.db,
      reviewer: { id: person.id, name: person.name, isLocal: false },
      mode: "accounts",
      clientAddress: "192.0.2.99",
    });
    // refused files (wrong type) keep this fast: the limit counts requests, whatever they hold
    const source = { kind: "file" as const, name: "data.bin", base64: "AAECAwQFBgc=" };
    for (let i = 0; i < 60; i++) expect((await caller.article.import({ workspace: ws.slug, sources: [source] })).refused).toHaveLength(1);
    await expect(caller.article.import({ workspace: ws.slug, sources: [source] })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/^Too many imports in a short time\. Try again in \d+ seconds\.$/),
    });
  });
});
