import type { OperationHandler } from "../api/answers.js";
import type { OperationId } from "../schema/operation-validators.js";
import { analyticsHandlers } from "./analytics.js";
import { boardSectionHandlers } from "./board-sections.js";
import { boardHandlers } from "./boards.js";
import { mediaHandlers } from "./media.js";
import { pinHandlers } from "./pins.js";
import { searchHandlers } from "./search.js";
import { synthesizedAnswer } from "./synthesize.js";
import { userAccountHandlers } from "./user-account.js";

/** Handlers by operationId, one module per tag of the spec. */
const HANDLERS: Readonly<Record<string, OperationHandler>> = {
  ...boardHandlers,
  ...boardSectionHandlers,
  ...pinHandlers,
  ...mediaHandlers,
  ...searchHandlers,
  ...userAccountHandlers,
  ...analyticsHandlers,
};

/**
 * The handler of an operation. A pinned operation without one (a newly pinned tag) is still
 * served: it answers a minimal schema-valid body synthesized from its success response schema.
 */
export function handlerFor(operationId: OperationId): OperationHandler {
  return HANDLERS[operationId] ?? synthesizedAnswer;
}
