import type { ApiAnswer, ApiCall } from "../api/answers.js";
import { operationSchemas } from "../generated/schemas.js";

/** 200 with a body. */
export function ok(body: unknown): ApiAnswer {
  return { status: 200, body };
}

/** 204 without a body (deletions). */
export const NO_CONTENT: ApiAnswer = { status: 204 };

/**
 * The answer to a create: 201 when the operation declares it (what Pinterest sends), else 200.
 * Read from the table, so an overlay that drops one of the two statuses needs no code change.
 */
export function created(call: ApiCall, body: unknown): ApiAnswer {
  const responses = operationSchemas[call.operationId].responses as Record<string, unknown>;
  return { status: "201" in responses ? 201 : 200, body };
}
