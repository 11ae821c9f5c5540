/** Answers worth repeating: rate limiting and the server errors a later attempt may not meet. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/**
 * Methods repeated by default: the safe ones (RFC 9110 §9.2.1). POST, PATCH and DELETE are not:
 * Pinterest has no idempotency keys, so a repeated `POST /pins` can create two Pins.
 */
export const REPEATABLE_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD"]);

/** How one call may be repeated. */
export interface CallRetryPolicy {
  /** The method is safe, or the caller opted this write in. */
  repeatable: boolean;
}

/**
 * Whether a failed attempt may be repeated. A connection that was never established sent nothing,
 * so any call may be; anything else reached (or may have reached) Pinterest, so only a repeatable call.
 */
export function mayRepeat(
  failure: { status: number } | { connectFailed: boolean; reset: boolean },
  policy: CallRetryPolicy,
): boolean {
  if ("status" in failure) return policy.repeatable && RETRY_STATUSES.has(failure.status);
  if (failure.connectFailed) return true;
  return policy.repeatable && failure.reset;
}
