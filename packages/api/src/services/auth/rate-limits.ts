import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { DomainError } from "../../domain-error.ts";
import { createLimiter } from "./create-limiter.ts";

// the web sends a large batch in parts of a few files, each part one request
const importPerAccount = createLimiter({ keyPrefix: "import", points: 60, duration: 60 });
// an admin inviting a whole desk at once stays well inside; a workspace made to spam strangers' lists does not
const invitationsPerAccount = createLimiter({ keyPrefix: "invitation", points: 50, duration: 60 * 60 });

function waitText(error: unknown): string {
  const seconds = error instanceof RateLimiterRes ? Math.ceil(error.msBeforeNext / 1000) : 60;
  return seconds > 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`;
}

/** Takes one point of `key` from the limiter; past its limit, RATE_LIMITED with how long to wait. */
export async function consumeLimit(limiter: RateLimiterAbstract, key: string, message: (wait: string) => string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new DomainError("RATE_LIMITED", message(waitText(error)));
    throw error;
  }
}

/** Imports: 60 requests a minute per account and address. */
export async function consumeImport(address: string, reviewerId: string): Promise<void> {
  await consumeLimit(importPerAccount, `${address}|${reviewerId}`, (wait) => `Too many imports in a short time. Try again in ${wait}.`);
}

/** Invitations: 50 an hour per account, whatever the workspace. */
export async function consumeInvitation(reviewerId: string): Promise<void> {
  await consumeLimit(invitationsPerAccount, reviewerId, (wait) => `Too many invitations in a short time. Try again in ${wait}.`);
}
