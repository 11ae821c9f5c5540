import { defineInspect, inspectError } from "@pinterest-kit/client/internal";

/** Every way a call can fail; stable strings meant for `switch`. */
export type PinterestOAuthErrorKind =
  | "invalid_request"
  | "invalid_client"
  | "invalid_grant"
  | "forbidden"
  | "rate_limited"
  | "server_error"
  | "invalid_response"
  | "network"
  | "timeout"
  | "aborted"
  | "access_denied"
  | "state_mismatch"
  | "persistence_failed";

/** The helper (or session step) that failed. */
export type PinterestOAuthOperation =
  | "exchangeCode"
  | "refreshToken"
  | "clientCredentials"
  | "revokeToken"
  | "parseCallback"
  | "session";

/** Fields of a {@link PinterestOAuthError}, all free of secrets by construction. */
export interface PinterestOAuthErrorDetails {
  kind: PinterestOAuthErrorKind;
  operation: PinterestOAuthOperation;
  /** HTTP status of the response, when there was one. */
  status?: number;
  /** Pinterest's numeric `code` from a `{code, message}` body (1, 2, 29, 283, …). */
  pinterestCode?: number;
  /** Pinterest's `message` (and `message_detail`), or RFC 6749 §5.2 `error_description`, redacted. */
  pinterestMessage?: string;
  /** RFC 6749 §5.2 / §4.1.2.1 `error` code, when the body or callback carried one. */
  oauthError?: string;
  /** Pinterest's `x-pinterest-rid` response header: quote it to Pinterest support. */
  requestId?: string;
  /** From `Retry-After`, in milliseconds. */
  retryAfterMs?: number;
  /** Repeating the same call later may succeed and cannot spend a single-use credential. */
  retryable?: boolean;
  /** The user must go through authorization again (Pinterest code 283, RFC `invalid_grant`). */
  requiresReauth?: boolean;
  /** A short, redacted excerpt of a non-JSON error body (an HTML 502 page). */
  bodyExcerpt?: string;
  /** A redacted copy of the underlying error. */
  cause?: unknown;
}

/**
 * Every failure of a call of this package (RFC 6749 §5.2 error responses, Pinterest's
 * `{code, message}` bodies, transport failures) as one typed error with a stable `kind`.
 * It never holds the client secret, an authorization code, or an access or refresh token.
 */
export class PinterestOAuthError extends Error {
  override readonly name = "PinterestOAuthError";
  // `declare`: the constructor copies the details as given, so the fields and `toJSON()` cannot drift apart.
  declare readonly kind: PinterestOAuthErrorKind;
  declare readonly operation: PinterestOAuthOperation;
  declare readonly status: number | undefined;
  declare readonly pinterestCode: number | undefined;
  declare readonly pinterestMessage: string | undefined;
  declare readonly oauthError: string | undefined;
  declare readonly requestId: string | undefined;
  declare readonly retryAfterMs: number | undefined;
  declare readonly retryable: boolean;
  declare readonly requiresReauth: boolean;
  declare readonly bodyExcerpt: string | undefined;

  constructor(message: string, { cause, ...fields }: PinterestOAuthErrorDetails) {
    super(message, cause === undefined ? undefined : { cause });
    Object.assign(this, { retryable: false, requiresReauth: false }, fields);
    defineInspect(this, (options, inspect) => inspectError(this, options, inspect));
  }

  /** Plain fields for logs (the details it was built from, all redacted); `undefined` ones drop out of `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    const cause = this.cause as { name?: unknown; message?: unknown } | undefined;
    return {
      ...(this as object),
      message: this.message,
      cause: cause === undefined ? undefined : { name: cause?.name, message: cause?.message },
    };
  }
}
