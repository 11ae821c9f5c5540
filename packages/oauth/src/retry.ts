import type { RetryOptions } from "@pinterest-kit/client";
import {
  retryDelay as clientRetryDelay,
  type ResolvedRetryOptions,
  resolveRetryOptions as resolveClientRetryOptions,
} from "@pinterest-kit/client/internal";
import type { PinterestOAuthError } from "./errors.js";

/** How failed token requests are repeated (only where {@link isRetryable} allows): the client's retry options. */
export type { ResolvedRetryOptions, RetryOptions };

/** Validate retry options and fill in the defaults. */
export function resolveRetryOptions(options: RetryOptions | undefined): ResolvedRetryOptions {
  return resolveClientRetryOptions(options, "createPinterestOAuth options.retry");
}

/** The wait before attempt `attempt + 1`, from the error's `Retry-After` or exponential backoff with jitter. */
export function retryDelay(error: PinterestOAuthError, attempt: number, options: ResolvedRetryOptions): number | undefined {
  return clientRetryDelay(error.retryAfterMs, attempt, options);
}
