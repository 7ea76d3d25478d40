import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import type { Command } from "commander";
import { authModeOf, createAccount, hasAccounts } from "@crosscheck/api/services";
import { withDb } from "./with-db.ts";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Asks on the terminal without echoing what is typed. */
function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

// never a command-line argument: arguments end up in shell history and process lists
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readStdin();
  const first = await askHidden("Password (12 characters or more): ");
  const again = await askHidden("Same password again: ");
  if (first !== again) throw new Error("the two passwords differ");
  return first;
}

interface CreateOptions {
  email: string;
  name: string;
  admin?: boolean;
  onlyIfNone?: boolean;
}

export function registerUserCommands(program: Command): void {
  const user = program.command("user").description("accounts for a shared server (accounts mode)");
  user
    .command("create")
    .description("create an account; the password is read from standard input or asked for, never given as an argument")
    .requiredOption("--email <email>", "the address the person signs in with")
    .requiredOption("--name <name>", "the name shown beside their verdicts")
    .option("--admin", "a server admin: admin of every workspace")
    .option("--only-if-none", "do nothing when an account exists already (first-start bootstrap)")
    .action(async (options: CreateOptions) => {
      await withDb(async (db) => {
        if (options.onlyIfNone && (await hasAccounts(db))) {
          process.stderr.write("accounts exist already: nothing to do\n");
          return;
        }
        const password = await readPassword();
        const created = await createAccount(db, { email: options.email, name: options.name, password, isAdmin: options.admin ?? false });
        process.stdout.write(`created ${created.isAdmin ? "server admin" : "account"} ${created.email}\n`);
      });
    });
  user
    .command("check")
    .description("exit 1 with instructions when the server runs in accounts mode and no one can sign in yet")
    .action(async () => {
      if (authModeOf() !== "accounts") {
        process.stderr.write("single-user mode: the local reviewer is signed in automatically\n");
        return;
      }
      await withDb(async (db) => {
        if (await hasAccounts(db)) return;
        process.stderr.write(
          "accounts mode and no account yet: create the first admin with\n" +
            "  pnpm crosscheck user create --email you@example.org --name 'Your Name' --admin\n" +
            "or set CROSSCHECK_ADMIN_EMAIL and CROSSCHECK_ADMIN_PASSWORD for scripts/start.sh\n",
        );
        process.exitCode = 1;
      });
    });
}
