import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expectAccessible } from "./accessibility";

// These tests talk to the second server, which runs in accounts mode (see playwright.config.ts).
const root = join(import.meta.dirname, "..");
const baseURL = process.env.E2E_ACCOUNTS_URL!;
const env = { ...process.env, DATABASE_URL: process.env.E2E_ACCOUNTS_DATABASE_URL, CROSSCHECK_AUTH: "accounts" };
const admin = { email: process.env.E2E_ADMIN_EMAIL!, password: process.env.E2E_ADMIN_PASSWORD! };

test.use({ baseURL });
// each test prepares its accounts and workspace through the CLI, as an administrator would: slower than a click
test.describe.configure({ timeout: 150_000 });

function cli(args: string[], input?: string): string {
  return execFileSync(process.execPath, ["--import", "tsx/esm", join(root, "apps/cli/src/main.ts"), ...args], {
    cwd: root,
    env,
    input,
    encoding: "utf8",
  });
}

/** An account made by the CLI, its password on standard input as an administrator would. */
function createAccount(name: string) {
  const account = { name, email: `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@e2e.test`, password: randomUUID() };
  cli(["user", "create", "--email", account.email, "--name", name], account.password);
  return account;
}

function importWorkspace(): string {
  const slug = `auth-${randomUUID().slice(0, 8)}`;
  const seeds = readdirSync(join(root, "seeds"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .slice(0, 3)
    .map((f) => join(root, "seeds", f));
  cli(["import", ...seeds, "--workspace", slug, "--name", `Auth ${slug}`]);
  return slug;
}

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.getByRole("textbox", { name: "Email" }).fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe("accounts mode", () => {
  test("sends a visitor to sign in, refuses a wrong password, signs in and out", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/login\?next=%2F$/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    // the server's HTML offers no working form: typed text or a submit before the script runs would be lost
    const firstPaint = await (await page.request.get("/login")).text();
    expect(firstPaint).toMatch(/<input type="email" disabled=""/);
    expect(firstPaint).toMatch(/<button type="submit" disabled="">Sign in<\/button>/);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    await expectAccessible(page);

    await signIn(page, { email: admin.email, password: `${admin.password}-wrong` });
    await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText("Wrong email or password.");
    await signIn(page, admin);
    await expect(page.getByRole("banner")).toContainText("Signed in as E2E Admin (server admin)");
    await expect(page.getByRole("heading", { name: "Workspaces" })).toBeVisible();

    const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("session_token"));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });

  test("after signing in, sends a person only to a path on this server", async ({ page }) => {
    // browsers drop tabs and newlines from a URL: "/\t/evil.example" would become "//evil.example"
    await page.goto("/login?next=/%09/evil.example/phish");
    await signIn(page, admin);
    await expect(page.getByRole("heading", { name: "Workspaces" })).toBeVisible();
    expect(page.url()).toBe(`${baseURL}/`);
    // signed in already, the sign-in page redirects at once: to this server too
    for (const next of [
      "/%09/evil.example/x",
      "/%0a/evil.example/x",
      "/%5C/evil.example",
      "/%252F/evil.example",
      "//evil.example",
      "https://evil.example/",
    ]) {
      const response = await page.request.get(`/login?next=${next}`, { maxRedirects: 0 });
      expect(response.status(), next).toBe(307);
      expect(response.headers().location, next).toBe("/");
    }
    const own = await page.request.get(`/login?next=${encodeURIComponent("/w/some-workspace/groups?kind=date")}`, { maxRedirects: 0 });
    expect(own.headers().location).toBe("/w/some-workspace/groups?kind=date");
  });

  test("an admin invites a viewer, who accepts, can read but is offered no verdict controls and is refused one", async ({
    page,
    browser,
  }) => {
    const slug = importWorkspace();
    const viewer = createAccount("Viewer");
    await page.goto(`/w/${slug}/members`);
    await signIn(page, admin);
    await expect(page.getByRole("heading", { name: "Members", level: 1 })).toBeVisible();
    const form = page.getByRole("form", { name: "Invite a member" });
    const saved = (email: string) => `Invitation to ${email} saved; they join once they accept it when signed in.`;
    await form.getByRole("textbox", { name: "Email address" }).fill(viewer.email);
    await form.getByRole("combobox", { name: "Role" }).selectOption("viewer");
    await form.getByRole("button", { name: "Invite" }).click();
    await expect(form.getByRole("status")).toHaveText(saved(viewer.email));
    const pending = page.getByRole("table", { name: "Pending invitations" });
    await expect(pending.getByRole("row", { name: new RegExp(viewer.email) })).toContainText("viewer");
    // an address without an account gets the very same answer; nobody's name shows before they accept
    const nobody = `nobody-${randomUUID().slice(0, 8)}@e2e.test`;
    await form.getByRole("textbox", { name: "Email address" }).fill(nobody);
    await form.getByRole("button", { name: "Invite" }).click();
    await expect(form.getByRole("status")).toHaveText(saved(nobody));
    await expect(pending.getByRole("row", { name: new RegExp(nobody) })).toContainText("viewer");
    await expect(page.getByRole("table", { name: "Members" })).not.toContainText(viewer.email);
    await expectAccessible(page);

    const other = await browser.newContext({ baseURL });
    const viewerPage = await other.newPage();
    await viewerPage.goto("/");
    await signIn(viewerPage, viewer);
    await expect(viewerPage.getByRole("banner")).toContainText("Signed in as Viewer");
    await viewerPage.getByRole("button", { name: `Accept the invitation to Auth ${slug}` }).click();
    await expect(viewerPage.getByRole("status")).toHaveText(`You joined Auth ${slug} as viewer.`);
    await expect(viewerPage.getByRole("link", { name: `Auth ${slug}` }).first()).toBeVisible();
    await page.reload();
    await expect(page.getByRole("table", { name: "Members" }).getByRole("row", { name: new RegExp(viewer.email) })).toContainText("Viewer");
    await expect(pending.getByRole("row", { name: new RegExp(viewer.email) })).toHaveCount(0);

    await viewerPage.goto(`/w/${slug}/groups`);
    await viewerPage.getByRole("table", { name: "Claim groups" }).getByRole("link").first().click();
    // the page offers a viewer no verdict controls, and the API refuses one sent by hand
    await expect(viewerPage.getByText("recording verdicts needs the reviewer role")).toBeVisible();
    await expect(viewerPage.getByRole("group", { name: "Record a verdict" })).toHaveCount(0);
    const groupId = viewerPage.url().split("/").at(-1);
    const refused = await viewerPage.request.post("/api/trpc/verdict.record", {
      headers: { origin: baseURL, "content-type": "application/json" },
      data: { json: { workspace: slug, groupId, label: "variant", note: "" } },
    });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain("This needs the reviewer role in this workspace; yours is viewer.");
    await viewerPage.goto(`/w/${slug}/members`);
    await expect(viewerPage.getByText("Your role here: viewer")).toBeVisible();
    await expect(viewerPage.getByRole("form", { name: "Invite a member" })).toHaveCount(0);
    await other.close();
  });

  test("a signed-in member cannot open a workspace they do not belong to", async ({ page }) => {
    const slug = importWorkspace();
    const stranger = createAccount("Stranger");
    await page.goto("/login");
    await signIn(page, stranger);
    await expect(page.getByRole("banner")).toContainText("Signed in as Stranger");
    await expect(page.getByRole("link", { name: new RegExp(slug) })).toHaveCount(0);
    const response = await page.goto(`/w/${slug}`);
    expect(response?.status()).toBe(404);
  });

  test("refuses a cross-site mutation even with a valid session", async ({ page }) => {
    await page.goto("/login");
    await signIn(page, admin);
    await expect(page.getByRole("banner")).toContainText("Signed in as");
    const response = await page.request.post("/api/trpc/workspace.create", {
      data: { json: { name: "Forged by another site" } },
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(response.status()).toBe(403);
    const same = await page.request.post("/api/trpc/workspace.create", {
      data: { json: { name: `Made here ${randomUUID().slice(0, 6)}` } },
      headers: { origin: baseURL, "sec-fetch-site": "same-origin" },
    });
    expect(same.status()).toBe(200);
  });
});
