import { bodyExcerpt, parseRetryAfter, type Redactor } from "@pinterest-kit/client/internal";
import { ADVICE, kindFromOAuthError, kindFromPinterestCode, kindFromStatus } from "./error-kinds.js";
import { PinterestOAuthError, type PinterestOAuthErrorKind, type PinterestOAuthOperation } from "./errors.js";
import { isRetryable } from "./retry-policy.js";

const MAX_TEXT = 300;

/**
 * Turn an error response into a {@link PinterestOAuthError}, on any status: Pinterest's
 * `{code, message, message_detail}` body (known codes 1, 2, 29, 283), RFC 6749 §5.2
 * `{error, error_description}`, or, failing both, the HTTP status, with a redacted excerpt of a
 * non-JSON body. `body` is what openapi-fetch read: the parsed JSON, else the text.
 */
export function parsePinterestError(input: {
  operation: PinterestOAuthOperation;
  response: Response;
  body: unknown;
  redact: Redactor;
  now: number;
}): PinterestOAuthError {
  const { operation, response, body, redact } = input;
  const { status } = response;
  const fields = body !== null && typeof body === "object" ? (body as Record<string, unknown>) : {};
  const pinterestCode = numeric(fields.code);
  const oauthError = typeof fields.error === "string" ? redact(fields.error).slice(0, 60) : undefined;
  const described = [fields.message, fields.message_detail, fields.error_description].filter(
    (part): part is string => typeof part === "string" && part !== "",
  );
  const pinterestMessage = described.length > 0 ? redact(described.join(" — ")).slice(0, MAX_TEXT) : undefined;
  // 429 and 5xx say what happened whatever the body adds (a 429 "temporarily_unavailable" is
  // still rate limiting); other statuses are refined by Pinterest's code or the RFC error.
  const kind: PinterestOAuthErrorKind =
    status === 429 || status >= 500
      ? kindFromStatus(status)
      : (kindFromPinterestCode(pinterestCode) ?? kindFromOAuthError(oauthError) ?? kindFromStatus(status));
  const requestId = requestIdOf(response, redact);
  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), input.now);
  const excerpt = typeof body === "string" ? bodyExcerpt(body, redact) : undefined;

  const parts = [`HTTP ${status}`];
  if (pinterestCode !== undefined) parts.push(`Pinterest code ${pinterestCode}`);
  if (oauthError !== undefined) parts.push(`error "${oauthError}"`);
  let message = `${operation} failed: ${parts.join(", ")}`;
  if (pinterestMessage !== undefined) message += `: ${pinterestMessage}`;
  else if (excerpt !== undefined) message += `: ${excerpt.slice(0, 80)}`;
  if (requestId !== undefined) message += ` (x-pinterest-rid ${requestId})`;
  message += `. ${ADVICE[kind]}`;

  return new PinterestOAuthError(message, {
    kind,
    operation,
    status,
    pinterestCode,
    pinterestMessage,
    oauthError,
    requestId,
    retryAfterMs,
    retryable: isRetryable(operation, { kind, status }),
    requiresReauth: kind === "invalid_grant",
    bodyExcerpt: excerpt,
  });
}

/**
 * Pinterest's `x-pinterest-rid` response header, for support requests: kept on every error, but
 * redacted and capped like any other text a server sends back.
 */
export function requestIdOf(response: Response, redact: Redactor): string | undefined {
  const rid = response.headers.get("x-pinterest-rid");
  return rid === null ? undefined : redact(rid).slice(0, 100);
}

function numeric(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  return undefined;
}
