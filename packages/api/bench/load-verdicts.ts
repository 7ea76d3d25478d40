// Load test: N reviewers, each signed in with an account of their own, record verdicts on one
// shared server for a while; afterwards every acknowledged verdict must be in the database.
// Needs the production build of the web app (`pnpm exec turbo run build --filter=@crosscheck/web`).
//
//   cd packages/api && node --import tsx/esm bench/load-verdicts.ts --provider sqlite|postgres [--reviewers 50] [--seconds 60] [--json]
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createDb, locateRepoRoot } from "@crosscheck/db";
import { createTestDatabase, type TestProvider } from "@crosscheck/db/testing";
import { createAccount } from "../src/services/auth/create-account.ts";
import { signInWithPassword } from "../src/services/auth/sign-in.ts";

const { values } = parseArgs({
  options: {
    provider: { type: "string", default: "sqlite" },
    reviewers: { type: "string", default: "50" },
    seconds: { type: "string", default: "60" },
    port: { type: "string", default: "3190" },
    json: { type: "boolean", default: false },
  },
});
const provider = values.provider as TestProvider;
const reviewers = Number(values.reviewers);
const seconds = Number(values.seconds);
const port = Number(values.port);
const root = locateRepoRoot();
const origin = `http://127.0.0.1:${port}`;
const LABELS = ["consistent", "variant", "discrepancy", "contradiction", "unverifiable"];

if (!existsSync(join(root, "apps/web/.next/BUILD_ID")))
  throw new Error("build the web app first: pnpm exec turbo run build --filter=@crosscheck/web");

const database = await createTestDatabase(provider);
const secret = "load-test-secret-0123456789abcdef0123456789abcdef";
// the server's public URL is plain http on loopback: session cookies are not marked Secure
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  CROSSCHECK_AUTH: "accounts",
  CROSSCHECK_AUTH_SECRET: secret,
  CROSSCHECK_URL: origin,
  NEXT_TELEMETRY_DISABLED: "1",
};
Object.assign(process.env, { CROSSCHECK_AUTH_SECRET: secret, CROSSCHECK_AUTH: "accounts", CROSSCHECK_URL: origin });
let server: ChildProcess | undefined;

try {
  log(`importing the seed articles into a fresh ${provider} database`);
  execFileSync(
    process.execPath,
    ["--import", "tsx/esm", join(root, "apps/cli/src/main.ts"), "import", join(root, "seeds"), "--workspace", "load"],
    { cwd: root, env, stdio: "ignore" },
  );
  const { db } = createDb(database.url);
  const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: "load" }, select: { id: true } });
  const groups = (await db.claimGroup.findMany({ where: { workspaceId: workspace.id }, select: { id: true } })).map((g) => g.id);

  log(`creating ${reviewers} reviewer accounts and signing them in`);
  const cookies: string[] = [];
  for (let i = 0; i < reviewers; i++) {
    const email = `reviewer-${i}@load.example`;
    const account = await createAccount(db, { email, name: `Load reviewer ${i}`, password: "load test password 123", isAdmin: false });
    await db.membership.create({ data: { workspaceId: workspace.id, reviewerId: account.id, role: "reviewer" }, select: { role: true } });
    const out = new Headers();
    await signInWithPassword(db, { email, password: "load test password 123" }, new Headers({ origin }), out);
    cookies.push(
      out
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
    );
  }

  log("starting the production server");
  server = spawn("pnpm", ["--filter", "@crosscheck/web", "exec", "next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env,
    stdio: "ignore",
    detached: true,
  });
  await waitForServer(`${origin}/api/trpc/health.get`);

  log(`${reviewers} reviewers record verdicts for ${seconds} s`);
  let acknowledged = 0;
  let sent = 0;
  let clientIndex = 0;
  const result = await autocannon({
    url: `${origin}/api/trpc/verdict.record`,
    connections: reviewers,
    duration: seconds,
    method: "POST",
    headers: { "content-type": "application/json", origin },
    setupClient(client) {
      const index = clientIndex++;
      client.setHeaders({ "content-type": "application/json", origin, cookie: cookies[index % cookies.length] ?? "" });
      client.on("response", (status: number) => {
        if (status === 200) acknowledged++;
      });
    },
    requests: [
      {
        setupRequest(request) {
          sent++;
          const groupId = groups[Math.floor(Math.random() * groups.length)];
          const label = LABELS[Math.floor(Math.random() * LABELS.length)];
          return { ...request, body: JSON.stringify({ json: { workspace: "load", groupId, label, note: `load ${sent}` } }) };
        },
      },
    ],
  });

  const stored = await db.verdict.count({ where: { note: { startsWith: "load " } } });
  const figures = {
    provider,
    reviewers,
    seconds,
    requests: result.requests.total,
    acknowledged,
    stored,
    lost: Math.max(0, acknowledged - stored),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    throughput: Math.round((acknowledged / result.duration) * 10) / 10,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
  };
  if (values.json) console.log(JSON.stringify(figures));
  else
    console.log(
      `| ${provider} | ${reviewers} | ${seconds} s | ${acknowledged} | ${stored} | ${figures.lost} | ${figures.non2xx} | ${figures.throughput}/s | ${figures.p50} ms | ${figures.p99} ms |`,
    );
  await db.$disconnect();
  if (figures.lost > 0) process.exitCode = 1;
} finally {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  await database.drop();
}

function log(message: string): void {
  process.stderr.write(`› ${message}\n`);
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not answer at ${url}`);
}
