/**
 * `@pinterest-kit/client/internal`: the redaction, error, retry and validation helpers that
 * `@pinterest-kit/oauth` and the token stores share with the client, so each rule has one home.
 * They are for the packages of this repository, not for apps, and may change in any release.
 */
export {
  defineInspect,
  INSPECT,
  type InspectFunction,
  type InspectOptions,
  inspectError,
  inspectWith,
} from "./errors/inspect.js";
export { bodyExcerpt, createRedactor, REDACTED, type Redactor, redactCause } from "./errors/redact.js";
export { operationOf } from "./errors/response-operation.js";
export { type TransportContext, transportError } from "./errors/transport-error.js";
export { formEncodeComponent } from "./form-body.js";
export { type AttemptSignal, attemptSignal } from "./retry/attempt-signal.js";
export { isConnectFailure, isConnectionReset } from "./retry/connect-failure.js";
export { parseRetryAfter } from "./retry/retry-after.js";
export { type ResolvedRetryOptions, resolveRetryOptions, retryDelay } from "./retry/retry-options.js";
export { mayRepeat, REPEATABLE_METHODS, RETRY_STATUSES } from "./retry/retry-policy.js";
export { sleep } from "./retry/sleep.js";
export { assertDuration, assertOptionalSignal, assertOptionsObject, describeValue } from "./validate.js";
