import { assertDuration, assertOptionsObject } from "../validate.js";
import { sleep } from "./sleep.js";

/** How failed requests are repeated (only where the caller's policy says a repeat is safe). */
export interface RetryOptions {
  /** Further attempts after the first; default 2, `0` turns retries off. */
  retries?: number;
  /** First backoff delay before jitter; default 500 ms, doubled each attempt. */
  baseDelayMs?: number;
  /** Upper bound of a backoff delay; default 10 000 ms. */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the answer is returned, with `retryAfterMs` on its error. Default 60 000 ms. */
  maxRetryAfterMs?: number;
  /** Waits between attempts; inject one in tests. Must resolve early when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** A number in [0, 1) for jitter; default `Math.random`. */
  random?: () => number;
}

/** {@link RetryOptions} with every default filled in. */
export type ResolvedRetryOptions = Required<RetryOptions>;

/** Validate retry options and fill in the defaults; `argument` names them in errors ("createPinterestClient options.retry"). */
export function resolveRetryOptions(options: RetryOptions | undefined, argument: string): ResolvedRetryOptions {
  assertOptionsObject(options, argument);
  const resolved = {
    retries: options?.retries ?? 2,
    baseDelayMs: options?.baseDelayMs ?? 500,
    maxDelayMs: options?.maxDelayMs ?? 10_000,
    maxRetryAfterMs: options?.maxRetryAfterMs ?? 60_000,
    sleep: options?.sleep ?? sleep,
    random: options?.random ?? Math.random,
  };
  if (!Number.isInteger(resolved.retries) || resolved.retries < 0 || resolved.retries > 10) {
    throw new TypeError(`${argument}.retries must be a whole number from 0 to 10.`);
  }
  assertDuration(resolved.baseDelayMs, `${argument}.baseDelayMs`);
  assertDuration(resolved.maxDelayMs, `${argument}.maxDelayMs`);
  assertDuration(resolved.maxRetryAfterMs, `${argument}.maxRetryAfterMs`, { allowInfinity: true });
  if (typeof resolved.sleep !== "function") throw new TypeError(`${argument}.sleep must be a function.`);
  if (typeof resolved.random !== "function") throw new TypeError(`${argument}.random must be a function.`);
  return resolved;
}

/**
 * The wait before attempt `attempt + 1`: the server's `Retry-After` (RFC 9110 §10.2.3) when it sent
 * one (undefined when that exceeds the cap: give up rather than hammer), else exponential backoff
 * with equal jitter.
 */
export function retryDelay(retryAfterMs: number | undefined, attempt: number, options: ResolvedRetryOptions): number | undefined {
  if (retryAfterMs !== undefined) return retryAfterMs <= options.maxRetryAfterMs ? retryAfterMs : undefined;
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (ceiling / 2) * options.random());
}
