import { RateLimiterMemory, type RateLimiterAbstract } from "rate-limiter-flexible";

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  /** seconds */
  duration: number;
}

/**
 * The one place the limits choose where their counters live: this server process's memory, as
 * one process serves a newsroom. Several processes behind a balancer need a shared store:
 * rate-limiter-flexible's PostgreSQL and Redis limiters answer the same calls, so only this
 * factory changes.
 */
export function createLimiter(options: LimiterOptions): RateLimiterAbstract {
  return new RateLimiterMemory(options);
}
