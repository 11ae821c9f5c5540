import type { MockContext } from "../context.js";
import { PINTEREST_ERRORS } from "../pinterest-errors.js";
import type { OperationId } from "../schema/operation-validators.js";
import type { AccountState } from "../state/account-state.js";
import type { AccountView } from "../state/visibility.js";

/** What an operation handler answers: a status and a JSON body (none for 204). */
export interface ApiAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A request that passed authentication, the scope check and the schema checks. */
export interface ApiCall {
  operationId: OperationId;
  path: Record<string, string>;
  query: Record<string, unknown>;
  /** The parsed, schema-valid JSON body (an empty object when the operation takes none). */
  body: Record<string, unknown>;
  state: AccountState;
  /** The account as this token may read it (secret boards and Pins need their scopes). */
  view: AccountView;
  now: number;
  context: MockContext;
}

export type OperationHandler = (call: ApiCall) => ApiAnswer;

/** An answer in Pinterest's error shape, `{ code, message }` (Pinterest API v5 `Error`). */
export function apiError(status: number, code: number, message: string): ApiAnswer {
  return { status, body: { code, message } };
}

/** The 404s Pinterest documents for missing resources (examples of `pins/save` and `boards/list_pins`). */
export const NOT_FOUND = {
  board: apiError(404, 40, "Board not found."),
  section: apiError(404, 2031, "Sorry! We couldn't find this board section."),
  pin: apiError(404, 50, "Pin not found."),
  media: apiError(404, 404, "Media upload not found."),
  user: apiError(404, 30, "User not found."),
  website: apiError(404, 404, "Website not in user list."),
} as const;

/** Pinterest's answer to a token that lacks the scopes an operation needs (401 code 3). */
export const INSUFFICIENT_SCOPES = apiError(
  PINTEREST_ERRORS.insufficientScopes.status,
  PINTEREST_ERRORS.insufficientScopes.code,
  PINTEREST_ERRORS.insufficientScopes.message,
);

/** 400 code 1 naming what was wrong. */
export function invalidParameters(problem: string): ApiAnswer {
  return apiError(400, 1, `Invalid request: ${problem}.`);
}
