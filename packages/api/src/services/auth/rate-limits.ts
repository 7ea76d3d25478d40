import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { DomainError } from "../../domain-error.ts";

// In-process memory stores: one server process serves a newsroom; several processes behind a
// balancer would need a shared store (rate-limiter-flexible offers PostgreSQL and Redis ones).
const loginPerAccount = new RateLimiterMemory({ keyPrefix: "login-account", points: 5, duration: 15 * 60 });
const loginPerAddress = new RateLimiterMemory({ keyPrefix: "login-address", points: 30, duration: 15 * 60 });
// whatever address a request claims (see clientAddressOf), one account gets 20 tries in 15 minutes
const loginPerAccountAnywhere = new RateLimiterMemory({ keyPrefix: "login-account-any", points: 20, duration: 15 * 60 });
// the web sends a large batch in parts of a few files, each part one request
const importPerAccount = new RateLimiterMemory({ keyPrefix: "import", points: 60, duration: 60 });

function waitText(error: unknown): string {
  const seconds = error instanceof RateLimiterRes ? Math.ceil(error.msBeforeNext / 1000) : 60;
  return seconds > 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`;
}

async function consume(limiter: RateLimiterMemory, key: string, message: (wait: string) => string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new DomainError("RATE_LIMITED", message(waitText(error)));
    throw error;
  }
}

/** Counts a login attempt: 5 per account and address, 30 per address, 20 per account from anywhere, in 15 minutes. */
export async function consumeLoginAttempt(address: string, email: string): Promise<void> {
  const tooMany = (wait: string) => `Too many sign-in attempts. Try again in ${wait}.`;
  await consume(loginPerAddress, address, tooMany);
  await consume(loginPerAccount, `${address}|${email.toLowerCase()}`, tooMany);
  await consume(loginPerAccountAnywhere, email.toLowerCase(), tooMany);
}

/** A successful login clears the account's failures, so a typo or two never locks anyone out. */
export async function clearLoginAttempts(address: string, email: string): Promise<void> {
  await loginPerAccount.delete(`${address}|${email.toLowerCase()}`);
  await loginPerAccountAnywhere.delete(email.toLowerCase());
}

/** Imports: 60 requests a minute per account and address. */
export async function consumeImport(address: string, reviewerId: string): Promise<void> {
  await consume(importPerAccount, `${address}|${reviewerId}`, (wait) => `Too many imports in a short time. Try again in ${wait}.`);
}
