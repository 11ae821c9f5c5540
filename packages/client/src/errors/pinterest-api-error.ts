import { defineInspect, inspectError } from "./inspect.js";

/**
 * Every way a call can fail; stable strings meant for `switch`. HTTP answers map by status, with
 * Pinterest's `code` refining a 401 (Pinterest API v5 docs, "Error codes": 3 is "insufficient
 * permissions", which a token refresh cannot fix).
 */
export type PinterestApiErrorKind =
  /** 401 with Pinterest code 3, or a scope check before sending: the token lacks a scope. */
  | "insufficient_scope"
  /** 401 for any other reason: the token is invalid, expired or revoked. */
  | "unauthorized"
  /** 403: the app or user may not do this. */
  | "forbidden"
  /** 404: no such board, Pin, section or media. */
  | "not_found"
  /** 409: the request conflicts with the resource's state. */
  | "conflict"
  /** Any other 4xx: the request is invalid. */
  | "invalid_request"
  /** 429: rate limited; see `retryAfterMs`. */
  | "rate_limited"
  /** 5xx. */
  | "server_error"
  /** A 2xx whose body is not what the spec says (a page without `items`, a bookmark sent twice). */
  | "invalid_response"
  /** The request got no response (refused, reset, DNS). */
  | "network"
  /** No response within `timeoutMs`. */
  | "timeout"
  /** The caller's signal aborted the call. */
  | "aborted";

/** Fields of a {@link PinterestApiError}, all free of secrets by construction. */
export interface PinterestApiErrorDetails {
  kind: PinterestApiErrorKind;
  /** `"GET /boards"`: the method and the spec's path template, never a filled-in URL. */
  operation?: string;
  /** HTTP status of the response, when there was one. */
  status?: number;
  /** Pinterest's numeric `code` from its `Error` body (`{ code, message }`). */
  code?: number;
  /** Pinterest's `message` from its `Error` body, redacted and capped. */
  pinterestMessage?: string;
  /** Pinterest's `x-pinterest-rid` response header: quote it to Pinterest support. */
  requestId?: string;
  /** From `Retry-After`, in milliseconds. */
  retryAfterMs?: number;
  /** A short, redacted excerpt of a body that is not JSON (an HTML 502 page). */
  bodyExcerpt?: string;
  /** Items `paginate` had already yielded when this page failed. */
  itemsYielded?: number;
  /** Scopes the token lacks for `operation` (kind `insufficient_scope` from a scope check). */
  missingScopes?: readonly string[];
  /** A redacted copy of the underlying error. */
  cause?: unknown;
}

/**
 * A failed Pinterest API v5 call (an answer outside 2xx with the spec's `Error` body, or no answer
 * at all) as one typed error with a stable `kind`. Thrown by `paginate`, `unwrap` and the retrying
 * transport; built from an openapi-fetch result by `pinterestApiError`. It never holds the access
 * token, the `Authorization` header or a request body: only the fields below, which are redacted.
 */
export class PinterestApiError extends Error {
  override readonly name = "PinterestApiError";
  readonly kind: PinterestApiErrorKind;
  readonly operation: string | undefined;
  readonly status: number | undefined;
  readonly code: number | undefined;
  readonly pinterestMessage: string | undefined;
  readonly requestId: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly bodyExcerpt: string | undefined;
  readonly itemsYielded: number | undefined;
  readonly missingScopes: readonly string[] | undefined;

  constructor(message: string, details: PinterestApiErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = details.kind;
    this.operation = details.operation;
    this.status = details.status;
    this.code = details.code;
    this.pinterestMessage = details.pinterestMessage;
    this.requestId = details.requestId;
    this.retryAfterMs = details.retryAfterMs;
    this.bodyExcerpt = details.bodyExcerpt;
    this.itemsYielded = details.itemsYielded;
    this.missingScopes = details.missingScopes === undefined ? undefined : Object.freeze([...details.missingScopes]);
    defineInspect(this, (options, inspect) => inspectError(this, options, inspect));
  }

  /** The same error with the count of items `paginate` yielded before it, said in the message too. */
  withItemsYielded(itemsYielded: number): PinterestApiError {
    return new PinterestApiError(`${this.message} (after ${itemsYielded} items were yielded)`, {
      ...this.details(),
      itemsYielded,
    });
  }

  /** Plain fields for logs; `undefined` ones drop out of `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    const cause = this.cause as { name?: unknown; message?: unknown } | undefined;
    const { cause: _cause, missingScopes, ...fields } = this.details();
    return {
      name: this.name,
      message: this.message,
      ...fields,
      missingScopes: missingScopes === undefined ? undefined : [...missingScopes],
      cause: cause === undefined ? undefined : { name: cause?.name, message: cause?.message },
    };
  }

  private details(): PinterestApiErrorDetails {
    return {
      kind: this.kind,
      operation: this.operation,
      status: this.status,
      code: this.code,
      pinterestMessage: this.pinterestMessage,
      requestId: this.requestId,
      retryAfterMs: this.retryAfterMs,
      bodyExcerpt: this.bodyExcerpt,
      itemsYielded: this.itemsYielded,
      missingScopes: this.missingScopes,
      cause: this.cause,
    };
  }
}

/** What to do about each kind, appended to error messages. */
export const API_ERROR_ADVICE: Readonly<Record<PinterestApiErrorKind, string>> = {
  insufficient_scope:
    "The token lacks a scope this operation needs; a refresh does not add scopes: send the user through authorization again with it.",
  unauthorized: "The access token is invalid, expired or revoked; refresh it or authorize again.",
  forbidden: "The app or user may not do this; check the app's access level (Trial apps must use the sandbox to write).",
  not_found: "No such resource; check the ids in the path.",
  conflict: "The request conflicts with the resource's current state.",
  invalid_request: "Check the parameters and body against the operation's schema.",
  rate_limited: "Too many requests: wait retryAfterMs (or a while) before trying again.",
  server_error: "Pinterest had a problem; try again later.",
  invalid_response: "The answer does not follow Pinterest API v5; check baseUrl points at Pinterest.",
  network: "The request did not complete; check connectivity to the Pinterest API.",
  timeout: "No complete answer in time; a write may still have been processed.",
  aborted: "The caller aborted the call.",
};
