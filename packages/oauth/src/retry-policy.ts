import type { PinterestOAuthErrorKind, PinterestOAuthOperation } from "./errors.js";

/** Operations whose credential survives a repeat: a refresh token or the client's own credentials. */
const REPEATABLE: ReadonlySet<PinterestOAuthOperation> = new Set(["refreshToken", "clientCredentials"]);

/**
 * Whether repeating a failed call may succeed without spending a single-use credential.
 * A connection that was never established sent nothing, so any call may repeat it. A 429 or 503
 * answer reached Pinterest, so only refresh_token and client_credentials repeat it: an
 * authorization code is never re-sent once it may have reached the server (RFC 6749 §10.5,
 * codes are single-use), and a revocation is not repeated either.
 */
export function isRetryable(
  operation: PinterestOAuthOperation,
  failure: { kind: PinterestOAuthErrorKind; status?: number; connectFailed?: boolean },
): boolean {
  if (failure.kind === "network") return failure.connectFailed === true;
  if (!REPEATABLE.has(operation)) return false;
  return failure.status === 429 || failure.status === 503;
}

/** Errors raised while connecting, before any byte of the request was written. */
const CONNECT_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** Whether a `fetch` rejection failed while connecting (undici puts the socket error in `cause`). */
export function isConnectFailure(error: unknown, depth = 0): boolean {
  if (error === null || typeof error !== "object" || depth > 4) return false;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === "string" && CONNECT_CODES.has(code)) return true;
  if (Array.isArray(errors) && errors.length > 0 && errors.every((item) => isConnectFailure(item, depth + 1))) return true;
  return isConnectFailure(cause, depth + 1);
}

/**
 * `Retry-After` (RFC 9110 §10.2.3) in milliseconds: delay-seconds or an HTTP-date relative to `now`.
 */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
