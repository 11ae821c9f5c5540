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
