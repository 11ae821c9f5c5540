import type { Fault } from "@pinterest-kit/mock";

/** What the token endpoint does, in protocol terms: the rules derive every expectation from this. */
export type ServerAnswer =
  | { transport: "refused" | "dropped" | "too-slow" }
  | { status: number; body: AnswerBody; retryAfterSeconds?: number };

export type AnswerBody =
  | { shape: "pinterest"; code: number }
  | { shape: "rfc"; error: string }
  | { shape: "html" }
  | { shape: "empty" }
  /** A 200 token response: its JSON (well-formed and complete or not) and its media type. */
  | { shape: "token"; json: "complete" | "truncated" | "missing-fields" | "wrong-types"; contentType: string };

/** One column of the matrix: a server answer, and how the mock is told to give it. */
export interface FaultColumn {
  name: string;
  answer: ServerAnswer;
  /** `refused`: the oauth under test is pointed at a port nothing listens on. */
  fault: Fault | "refused";
}

/** The error statuses every helper meets, each with four kinds of body. */
export const ERROR_STATUSES = [400, 401, 403, 429, 500, 502, 503] as const;

/** The Pinterest `code` each status carries (Pinterest API v5 "Error codes"; others use the status itself). */
const PINTEREST_CODE: Readonly<Record<number, number>> = { 400: 1, 401: 2, 403: 29 };

/** The RFC 6749 §5.2 (and §4.1.2.1) `error` each status carries. */
const RFC_ERROR: Readonly<Record<number, string>> = {
  400: "invalid_request",
  401: "invalid_client",
  403: "unauthorized_client",
  429: "temporarily_unavailable",
  500: "server_error",
  502: "server_error",
  503: "temporarily_unavailable",
};

/** Long enough that the per-attempt timeout (see the matrix) always fires first; closing the mock cancels it. */
export const SLOW_ANSWER_MS = 30_000;

function statusColumns(status: number): FaultColumn[] {
  const code = PINTEREST_CODE[status] ?? status;
  const error = RFC_ERROR[status] as string;
  return [
    {
      name: `${status} Pinterest body`,
      answer: { status, body: { shape: "pinterest", code } },
      fault: { type: "status", status, body: "pinterest", code },
    },
    {
      name: `${status} RFC body`,
      answer: { status, body: { shape: "rfc", error } },
      fault: { type: "status", status, body: "rfc", error },
    },
    { name: `${status} HTML body`, answer: { status, body: { shape: "html" } }, fault: { type: "status", status, body: "html" } },
    {
      name: `${status} empty body`,
      answer: { status, body: { shape: "empty" } },
      fault: { type: "status", status, body: "empty" },
    },
  ];
}

/** Every column: 7 statuses × 4 bodies, invalid grants, Retry-After, broken 200s, and transport failures. */
export const FAULT_COLUMNS: readonly FaultColumn[] = [
  ...ERROR_STATUSES.flatMap(statusColumns),
  {
    name: "400 Pinterest code 283 (invalid grant)",
    answer: { status: 400, body: { shape: "pinterest", code: 283 } },
    fault: { type: "status", status: 400, body: "pinterest", code: 283, message: "The authorization grant is invalid" },
  },
  {
    name: "400 RFC invalid_grant",
    answer: { status: 400, body: { shape: "rfc", error: "invalid_grant" } },
    fault: { type: "status", status: 400, body: "rfc", error: "invalid_grant" },
  },
  {
    name: "429 Retry-After 1 s",
    answer: { status: 429, body: { shape: "pinterest", code: 429 }, retryAfterSeconds: 1 },
    fault: { type: "rate-limit", retryAfterSeconds: 1 },
  },
  {
    name: "429 Retry-After 120 s (over the cap)",
    answer: { status: 429, body: { shape: "pinterest", code: 429 }, retryAfterSeconds: 120 },
    fault: { type: "rate-limit", retryAfterSeconds: 120 },
  },
  {
    name: "200 truncated JSON",
    answer: { status: 200, body: { shape: "token", json: "truncated", contentType: "application/json" } },
    fault: { type: "malformed-json" },
  },
  {
    name: "200 wrong content type",
    answer: { status: 200, body: { shape: "token", json: "complete", contentType: "text/html" } },
    fault: { type: "wrong-content-type" },
  },
  {
    name: "200 missing required fields",
    answer: { status: 200, body: { shape: "token", json: "missing-fields", contentType: "application/json" } },
    fault: { type: "invalid-success", variant: "missing-fields" },
  },
  {
    name: "200 fields of the wrong type",
    answer: { status: 200, body: { shape: "token", json: "wrong-types", contentType: "application/json" } },
    fault: { type: "invalid-success", variant: "wrong-types" },
  },
  { name: "delay past the timeout", answer: { transport: "too-slow" }, fault: { type: "delay", ms: SLOW_ANSWER_MS } },
  { name: "dropped connection", answer: { transport: "dropped" }, fault: { type: "drop" } },
  { name: "refused connection", answer: { transport: "refused" }, fault: "refused" },
];
