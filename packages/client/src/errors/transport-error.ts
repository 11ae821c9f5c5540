import { isConnectFailure } from "../retry/connect-failure.js";
import { API_ERROR_ADVICE, PinterestApiError } from "./pinterest-api-error.js";
import { createRedactor, redactCause } from "./redact.js";
import { operationOf } from "./response-operation.js";

/** How an attempt that got no response ended. */
export interface TransportContext {
  operation?: string;
  /** The attempt's own timer fired. */
  timedOut?: boolean;
  timeoutMs?: number;
  /** The caller's signal fired. */
  callerAborted?: boolean;
  /** Values to remove from the cause, besides anything shaped like a Pinterest token. */
  secrets?: readonly (string | undefined)[];
}

/**
 * A {@link PinterestApiError} for a call that got no response: `aborted` when the caller's signal
 * fired, `timeout` when the attempt's timer did, `network` otherwise (`fetch` rejects with a
 * TypeError, the socket error in `cause`). The cause is a redacted copy; an error that already is
 * a PinterestApiError is returned as is.
 */
export function transportError(thrown: unknown, context: TransportContext = {}): PinterestApiError {
  if (thrown instanceof PinterestApiError) return thrown;
  const redact = createRedactor(context.secrets ?? []);
  const cause = redactCause(thrown, redact);
  const operation = context.operation ?? operationOf(thrown);
  const what = operation ?? "The call";
  // Without the context (an error caught after the fact), fetch's own error names still tell.
  const name = thrown !== null && typeof thrown === "object" ? (thrown as { name?: unknown }).name : undefined;
  if (context.callerAborted ?? name === "AbortError") {
    return new PinterestApiError(`${what} was aborted by the caller. ${API_ERROR_ADVICE.aborted}`, {
      kind: "aborted",
      operation,
      cause,
    });
  }
  if (context.timedOut ?? name === "TimeoutError") {
    return new PinterestApiError(
      `${what} timed out: ${context.timeoutMs === undefined ? "no complete response in time" : `no complete response within ${context.timeoutMs} ms`}. ${API_ERROR_ADVICE.timeout}`,
      { kind: "timeout", operation, cause },
    );
  }
  const code = errorCode(thrown);
  const how = isConnectFailure(thrown) ? "could not connect" : "the request failed";
  return new PinterestApiError(`${what} failed: ${how}${code ? ` (${redact(code)})` : ""}. ${API_ERROR_ADVICE.network}`, {
    kind: "network",
    operation,
    cause,
  });
}

function errorCode(error: unknown, depth = 0): string | undefined {
  if (error === null || typeof error !== "object" || depth > 4) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  return typeof code === "string" ? code.slice(0, 40) : errorCode(cause, depth + 1);
}
