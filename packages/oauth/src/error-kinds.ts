import * as advice from "./advice.js";
import type { PinterestOAuthErrorKind } from "./errors.js";

/** Pinterest error codes of the token endpoints (Pinterest API v5 docs, "Error codes"). */
export const PINTEREST_ERROR_CODES: Readonly<Record<number, PinterestOAuthErrorKind>> = {
  1: "invalid_request", // Invalid request body
  2: "invalid_client", // Authentication failed
  29: "forbidden", // You are not permitted to access that resource
  283: "invalid_grant", // Invalid authorization grant: the user must re-authorize
};

/** RFC 6749 §4.1.2.1 and §5.2, RFC 7009 §2.2.1 and RFC 6750 §3.1 `error` codes. */
export const OAUTH_ERROR_CODES: Readonly<Record<string, PinterestOAuthErrorKind>> = {
  invalid_request: "invalid_request",
  invalid_client: "invalid_client",
  invalid_grant: "invalid_grant",
  invalid_token: "invalid_grant",
  unauthorized_client: "forbidden",
  insufficient_scope: "forbidden",
  unsupported_grant_type: "invalid_request",
  unsupported_response_type: "invalid_request",
  unsupported_token_type: "invalid_request",
  invalid_scope: "invalid_request",
  access_denied: "access_denied",
  server_error: "server_error",
  temporarily_unavailable: "server_error",
};

/** The kind of a Pinterest error code, if it is one this package knows. Own keys only: codes come from the network. */
export function kindFromPinterestCode(code: number | undefined): PinterestOAuthErrorKind | undefined {
  return code !== undefined && Object.hasOwn(PINTEREST_ERROR_CODES, code) ? PINTEREST_ERROR_CODES[code] : undefined;
}

/**
 * The kind of an RFC 6749 `error` code, if it is one this package knows. Own keys only: the code
 * comes from a server or a URL, and "constructor" or "__proto__" must not reach Object.prototype.
 */
export function kindFromOAuthError(error: string | undefined): PinterestOAuthErrorKind | undefined {
  return error !== undefined && Object.hasOwn(OAUTH_ERROR_CODES, error) ? OAUTH_ERROR_CODES[error] : undefined;
}

/** The kind of an error response that carries no code this package knows, from its HTTP status. */
export function kindFromStatus(status: number): PinterestOAuthErrorKind {
  if (status === 401) return "invalid_client";
  if (status === 403) return "forbidden";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "server_error";
  if (status >= 400) return "invalid_request";
  return "invalid_response";
}

/** What to do about each kind, appended to error messages. */
export const ADVICE: Readonly<Record<PinterestOAuthErrorKind, string>> = {
  invalid_request: advice.INVALID_REQUEST,
  invalid_client: advice.INVALID_CLIENT,
  invalid_grant: advice.INVALID_GRANT,
  forbidden: advice.FORBIDDEN,
  rate_limited: advice.RATE_LIMITED,
  server_error: advice.SERVER_ERROR,
  invalid_response: advice.INVALID_RESPONSE,
  network: advice.NETWORK,
  timeout: advice.TIMEOUT,
  aborted: advice.ABORTED,
  access_denied: advice.ACCESS_DENIED,
  state_mismatch: advice.STATE_MISMATCH,
  persistence_failed: advice.PERSISTENCE_FAILED,
};
