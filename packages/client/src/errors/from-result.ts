import { parseRetryAfter } from "../retry/retry-after.js";
import { API_ERROR_ADVICE, PinterestApiError, type PinterestApiErrorKind } from "./pinterest-api-error.js";
import { bodyExcerpt, createRedactor, type Redactor } from "./redact.js";
import { operationOf } from "./response-operation.js";

/** Pinterest's code for "Your token does not have sufficient permissions" (Pinterest API v5 docs, "Error codes"). */
export const INSUFFICIENT_SCOPE_CODE = 3;
const MAX_TEXT = 300;

/** What an error is built from: an openapi-fetch result (`error` is the parsed JSON body, else its text). */
export interface FailedResult {
  error?: unknown;
  response: Response;
}

/** Context the result does not carry. */
export interface ErrorContext {
  /** `"GET /boards"`; default: what the client remembered for this response. */
  operation?: string;
  /** Values to remove from every text of the error, besides anything shaped like a Pinterest token. */
  secrets?: readonly (string | undefined)[];
  /** Epoch ms, to read an HTTP-date `Retry-After`; default `Date.now()`. */
  now?: number;
}

/** The kind of an error answer: its status, refined by Pinterest's `code` on a 401. */
export function kindOfStatus(status: number, code: number | undefined): PinterestApiErrorKind {
  if (status === 401) return code === INSUFFICIENT_SCOPE_CODE ? "insufficient_scope" : "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "server_error";
  if (status >= 400) return "invalid_request";
  return "invalid_response";
}

/**
 * A {@link PinterestApiError} from the `{ error, response }` of a failed openapi-fetch call: the
 * spec's `Error` body (`code`, `message`), `x-pinterest-rid`, `Retry-After` (RFC 9110 §10.2.3), and
 * a redacted excerpt when the body is not JSON.
 */
export function pinterestApiError(result: FailedResult, context: ErrorContext = {}): PinterestApiError {
  const { response, error: body } = result;
  const redact = createRedactor(context.secrets ?? []);
  const operation = context.operation ?? operationOf(response);
  const fields = body !== null && typeof body === "object" ? (body as Record<string, unknown>) : {};
  const code = typeof fields.code === "number" && Number.isInteger(fields.code) ? fields.code : undefined;
  const pinterestMessage =
    typeof fields.message === "string" && fields.message !== "" ? redact(fields.message).slice(0, MAX_TEXT) : undefined;
  const kind = kindOfStatus(response.status, code);
  const requestId = requestIdOf(response, redact);
  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), context.now ?? Date.now());
  const excerpt = typeof body === "string" ? bodyExcerpt(body, redact) : undefined;

  let message = `${operation ?? "The call"} failed: HTTP ${response.status}`;
  if (code !== undefined) message += `, Pinterest code ${code}`;
  if (pinterestMessage !== undefined) message += `: ${pinterestMessage}`;
  else if (excerpt !== undefined) message += `: ${excerpt.slice(0, 80)}`;
  if (requestId !== undefined) message += ` (x-pinterest-rid ${requestId})`;
  message += `. ${API_ERROR_ADVICE[kind]}`;
  return new PinterestApiError(message, {
    kind,
    operation,
    status: response.status,
    code,
    pinterestMessage,
    requestId,
    retryAfterMs,
    bodyExcerpt: excerpt,
  });
}

/** Pinterest's `x-pinterest-rid` header, redacted and capped like any text a server sends. */
export function requestIdOf(response: Response, redact: Redactor): string | undefined {
  const rid = response.headers.get("x-pinterest-rid");
  return rid === null ? undefined : redact(rid).slice(0, 100);
}
