import type { PinterestOAuthErrorKind } from "@pinterest-kit/oauth";
import type { ServerAnswer } from "./faults.js";

/** The grant a row spends, which decides what may be repeated. */
export type Grant = "authorization_code" | "refresh_token" | "client_credentials" | "revocation";

/** What a call must end with. */
export type Expected =
  | { outcome: "resolves"; attempts: 1 }
  | {
      outcome: "rejects";
      kind: PinterestOAuthErrorKind;
      status: number | undefined;
      retryable: boolean;
      requiresReauth: boolean;
      retryAfterMs: number | undefined;
      /** Token requests sent, retries included. */
      attempts: number;
    };

export interface RetryPolicy {
  retries: number;
  maxRetryAfterMs: number;
}

// Pinterest API v5 "Error codes" for the token endpoints.
const PINTEREST_CODE_KIND: Readonly<Record<number, PinterestOAuthErrorKind>> = {
  1: "invalid_request",
  2: "invalid_client",
  29: "forbidden",
  283: "invalid_grant",
};

// RFC 6749 §5.2 token-endpoint errors (and §4.1.2.1 for temporarily_unavailable / server_error).
const RFC_ERROR_KIND: Readonly<Record<string, PinterestOAuthErrorKind>> = {
  invalid_request: "invalid_request",
  invalid_client: "invalid_client",
  invalid_grant: "invalid_grant",
  unauthorized_client: "forbidden",
  server_error: "server_error",
  temporarily_unavailable: "server_error",
};

/**
 * A refresh token or the client's own credentials survive being sent twice; an authorization code
 * (RFC 6749 §10.5, single use) and a revocation are never repeated once they may have arrived.
 */
const REPEATABLE: ReadonlySet<Grant> = new Set(["refresh_token", "client_credentials"]);

/**
 * The expected end of one call that meets `answer` on every attempt, from the rules of the specs:
 *
 * 1. Transport: a refused connection sent nothing, so any grant may repeat it (`network`,
 *    retryable); a dropped connection may have delivered the request (`network`, not retryable);
 *    no answer within the timeout is `timeout`, not retryable.
 * 2. A 2xx to a revocation is success whatever its body (RFC 7009 §2.2). A 2xx token response
 *    must be `application/json` (RFC 6749 §5.1) with the required fields, else `invalid_response`.
 * 3. An error status: 429 is `rate_limited` and 5xx `server_error` whatever the body says; for
 *    other 4xx the body's Pinterest code or RFC `error` decides, else 401 → `invalid_client`,
 *    403 → `forbidden`, any other → `invalid_request`.
 * 4. Retryable: only repeatable grants, only on 429 and 503 (plus rule 1). Every retryable
 *    failure is repeated up to `retries` times, unless its Retry-After exceeds the cap.
 * 5. `requiresReauth` exactly when the grant itself was rejected (`invalid_grant`).
 */
export function expectedOutcome(grant: Grant, answer: ServerAnswer, policy: RetryPolicy): Expected {
  const repeatable = REPEATABLE.has(grant);
  const failure = (
    kind: PinterestOAuthErrorKind,
    status: number | undefined,
    retryable: boolean,
    retryAfterMs?: number,
  ): Expected => {
    const waitsAllowed = retryAfterMs === undefined || retryAfterMs <= policy.maxRetryAfterMs;
    return {
      outcome: "rejects",
      kind,
      status,
      retryable,
      requiresReauth: kind === "invalid_grant",
      retryAfterMs,
      attempts: retryable && waitsAllowed ? 1 + policy.retries : 1,
    };
  };

  if ("transport" in answer) {
    if (answer.transport === "refused") return failure("network", undefined, true);
    if (answer.transport === "dropped") return failure("network", undefined, false);
    return failure("timeout", undefined, false);
  }
  const { status, body } = answer;
  if (status >= 200 && status < 300) {
    if (grant === "revocation") return { outcome: "resolves", attempts: 1 };
    const valid = body.shape === "token" && body.json === "complete" && /^application\/json\b/i.test(body.contentType);
    return valid ? { outcome: "resolves", attempts: 1 } : failure("invalid_response", status, false);
  }
  const retryable = repeatable && (status === 429 || status === 503);
  const retryAfterMs = answer.retryAfterSeconds === undefined ? undefined : answer.retryAfterSeconds * 1000;
  return failure(errorKind(status, body), status, retryable, retryAfterMs);
}

function errorKind(status: number, body: Extract<ServerAnswer, { status: number }>["body"]): PinterestOAuthErrorKind {
  if (status === 429) return "rate_limited";
  if (status >= 500) return "server_error";
  const said =
    body.shape === "pinterest" ? PINTEREST_CODE_KIND[body.code] : body.shape === "rfc" ? RFC_ERROR_KIND[body.error] : undefined;
  if (said !== undefined) return said;
  if (status === 401) return "invalid_client";
  if (status === 403) return "forbidden";
  return "invalid_request";
}
