import { RateLimiterRes } from "rate-limiter-flexible";
import { DomainError } from "../../domain-error.ts";
import { createLimiter } from "./create-limiter.ts";
import { consumeLimit } from "./rate-limits.ts";

const WINDOW_SECONDS = 15 * 60;
/** Wrong passwords for one account from unfamiliar addresses before each further try must wait. */
export const FREE_FAILURES = 5;
/** The longest wait between tries: an account is slowed down, never locked. */
export const MAX_WAIT_SECONDS = 60;
// below the 24.8 days a Node timer can hold (the memory store expires keys with timers)
const FAMILIAR_SECONDS = 14 * 24 * 60 * 60;
const UNKNOWN_ADDRESS = "unknown";

// Hard limits on what one address may try: they lock out only that address.
const perAddress = createLimiter({ keyPrefix: "login-address", points: 30, duration: WINDOW_SECONDS });
const perAddressAccount = createLimiter({ keyPrefix: "login-account", points: 5, duration: WINDOW_SECONDS });
// Per account, whatever address the request claims: tries from unfamiliar addresses, and the
// turn each further try must wait for (a window only one try gets through).
const accountTries = createLimiter({ keyPrefix: "login-account-tries", points: FREE_FAILURES, duration: 60 * 60 });
const accountTurn = createLimiter({ keyPrefix: "login-account-turn", points: 1, duration: MAX_WAIT_SECONDS });
// Addresses the account has signed in from: their tries never wait for, nor count against, the account.
const familiarAddresses = createLimiter({ keyPrefix: "login-familiar", points: 1, duration: FAMILIAR_SECONDS });

const tooMany = (wait: string) => `Too many sign-in attempts. Try again in ${wait}.`;

async function isFamiliar(address: string, account: string): Promise<boolean> {
  if (address === UNKNOWN_ADDRESS) return false;
  const known = await familiarAddresses.get(`${account}|${address}`);
  return known !== null && known.msBeforeNext > 0;
}

/** The wait a try opens for the next one: 2, 4, 8… seconds as tries beyond the free ones go on, at most a minute. */
export function waitSecondsAfter(tries: number): number {
  return Math.min(MAX_WAIT_SECONDS, 2 ** Math.min(tries - FREE_FAILURES, 10));
}

/**
 * A try from an unfamiliar address: counted first (atomically, so a burst of parallel tries cannot
 * all slip in under the free ones), then, past the free ones, let through only when no other try
 * holds the account's turn, and it holds the turn for the next wait. A refused try is not counted.
 */
async function takeAccountTurn(account: string): Promise<void> {
  const tries = (await accountTries.penalty(account)).consumedPoints;
  if (tries <= FREE_FAILURES) return;
  try {
    await accountTurn.consume(account, 1, { customDuration: waitSecondsAfter(tries) });
  } catch (error) {
    await accountTries.reward(account);
    if (!(error instanceof RateLimiterRes)) throw error;
    const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw new DomainError(
      "RATE_LIMITED",
      `Too many failed sign-ins to this account. Wait ${seconds} ${seconds === 1 ? "second" : "seconds"} before the next try.`,
    );
  }
}

export interface LoginAttempt {
  /** The password was right: the try does not count as a failure, and the address becomes familiar. */
  succeeded(): Promise<void>;
}

/**
 * Admits a sign-in try, or refuses it (RATE_LIMITED): 30 per address and 5 per address and
 * account in 15 minutes (hard limits, which lock out only that address); per account, from
 * addresses it never signed in from, 5 wrong passwords, then a growing wait between tries (at most
 * a minute). Guessing from many addresses therefore slows those addresses down but never keeps
 * the owner out: from an address they signed in from before, their tries never wait.
 */
export async function startLoginAttempt(address: string, email: string): Promise<LoginAttempt> {
  const account = email.trim().toLowerCase();
  await consumeLimit(perAddress, address, tooMany);
  await consumeLimit(perAddressAccount, `${address}|${account}`, tooMany);
  const familiar = await isFamiliar(address, account);
  if (!familiar) await takeAccountTurn(account);
  return {
    async succeeded() {
      // a typo or two before the right password never adds up to a limit
      await perAddressAccount.delete(`${address}|${account}`);
      if (!familiar) await accountTries.reward(account);
      if (address !== UNKNOWN_ADDRESS) await familiarAddresses.set(`${account}|${address}`, 1, FAMILIAR_SECONDS);
    },
  };
}
