import { MockPinterestError } from "../errors.js";

/**
 * The body of a `status` or `rate-limit` fault: Pinterest's `{code,message}`, RFC 6749 §5.2's
 * `{error,error_description}`, a proxy's HTML error page, nothing, or your own text.
 */
export type FaultBody = "pinterest" | "rfc" | "html" | "empty" | { text: string; contentType?: string };

/** An answer with any status (default body "pinterest"). */
export interface StatusFault {
  type: "status";
  status: number;
  body?: FaultBody;
  /** Pinterest body `code`; defaults per status (see README). */
  code?: number;
  /** Pinterest body `message`. */
  message?: string;
  /** RFC body `error`; defaults per status. */
  error?: string;
  /** RFC body `error_description`. */
  errorDescription?: string;
  /** Extra headers; they win over the defaults. */
  headers?: Record<string, string>;
}

/** 429 Too Many Requests with `Retry-After` (RFC 9110 §10.2.3) in seconds (default 1). */
export interface RateLimitFault {
  type: "rate-limit";
  retryAfterSeconds?: number;
  body?: FaultBody;
  headers?: Record<string, string>;
}

/** Wait `ms` (real time), then answer normally. */
export interface DelayFault {
  type: "delay";
  ms: number;
}

/** Destroy the connection without answering. */
export interface DropFault {
  type: "drop";
}

/** 200 `application/json` whose JSON is cut off. */
export interface MalformedJsonFault {
  type: "malformed-json";
}

/** 200 with a well-formed success-looking JSON body but `Content-Type: text/html` (or the one given). */
export interface WrongContentTypeFault {
  type: "wrong-content-type";
  contentType?: string;
}

/** 200 JSON that breaks the response schema: required fields missing (default) or of the wrong type. */
export interface InvalidSuccessFault {
  type: "invalid-success";
  variant?: "missing-fields" | "wrong-types";
}

/**
 * The next media upload(s) succeed at the upload URL, but their processing ends `failed` instead of
 * `succeeded`. Taken only by requests to the upload endpoint.
 */
export interface MediaFailedFault {
  type: "media-failed";
}

/** A fault the mock can inject, discriminated by `type`. */
export type Fault =
  | MediaFailedFault
  | StatusFault
  | RateLimitFault
  | DelayFault
  | DropFault
  | MalformedJsonFault
  | WrongContentTypeFault
  | InvalidSuccessFault;

export type FaultType = Fault["type"];

export interface FailOptions {
  /** How many matching requests get the fault; default 1, `Infinity` for all. */
  times?: number;
  /** Only requests to this exact path (e.g. "/v5/oauth/token"); default every path. */
  path?: string;
  /**
   * Only requests to operations of this `x-ratelimit-category` (e.g. `"org_read"`, `"org_write"`,
   * `"org_analytics"`), as Pinterest limits by category; combines with `path`.
   */
  category?: string;
}

/** Check a fault given by a caller (who may not use TypeScript) before queueing it. */
export function checkFault(fault: Fault, options: FailOptions): void {
  if (fault === null || typeof fault !== "object") bad("the fault must be an object with a `type`.");
  switch (fault.type) {
    case "status":
      if (!Number.isInteger(fault.status) || fault.status < 200 || fault.status > 599)
        bad("status must be an integer from 200 to 599.");
      checkBody(fault.body);
      checkHeaders(fault.headers);
      break;
    case "rate-limit":
      if (fault.retryAfterSeconds !== undefined && !(Number.isInteger(fault.retryAfterSeconds) && fault.retryAfterSeconds >= 0)) {
        bad("retryAfterSeconds must be a non-negative integer.");
      }
      checkBody(fault.body);
      checkHeaders(fault.headers);
      break;
    case "delay":
      if (!Number.isFinite(fault.ms) || fault.ms < 0) bad("delay `ms` must be a non-negative finite number.");
      break;
    case "invalid-success":
      if (fault.variant !== undefined && fault.variant !== "missing-fields" && fault.variant !== "wrong-types") {
        bad('invalid-success `variant` must be "missing-fields" or "wrong-types".');
      }
      break;
    case "wrong-content-type":
      if (fault.contentType !== undefined && typeof fault.contentType !== "string") bad("contentType must be a string.");
      break;
    case "drop":
    case "malformed-json":
    case "media-failed":
      break;
    default:
      bad(
        `unknown fault type ${JSON.stringify((fault as { type?: unknown }).type)}; use status, rate-limit, delay, drop, malformed-json, wrong-content-type, invalid-success or media-failed.`,
      );
  }
  const times = options.times ?? 1;
  if (!(times === Number.POSITIVE_INFINITY || (Number.isInteger(times) && times > 0)))
    bad("times must be a positive integer or Infinity.");
  if (options.path !== undefined && (typeof options.path !== "string" || !options.path.startsWith("/"))) {
    bad('path must be a path starting with "/", such as "/v5/oauth/token".');
  }
  if (options.category !== undefined && (typeof options.category !== "string" || options.category === "")) {
    bad('category must be an x-ratelimit-category such as "org_read".');
  }
}

function checkBody(body: FaultBody | undefined): void {
  if (body === undefined || body === "pinterest" || body === "rfc" || body === "html" || body === "empty") return;
  if (body === null || typeof body !== "object" || typeof body.text !== "string") {
    bad('body must be "pinterest", "rfc", "html", "empty" or { text, contentType? }.');
  }
}

function checkHeaders(headers: Record<string, string> | undefined): void {
  if (headers === undefined) return;
  if (headers === null || typeof headers !== "object" || !Object.values(headers).every((value) => typeof value === "string")) {
    bad("headers must be an object of header names to string values.");
  }
}

function bad(message: string): never {
  throw new MockPinterestError("INVALID_FAULT", `mock.fail: ${message}`);
}
