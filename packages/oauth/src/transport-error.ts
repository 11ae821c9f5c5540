import { isConnectFailure, type Redactor, redactCause } from "@pinterest-kit/client/internal";
import { ADVICE } from "./error-kinds.js";
import { PinterestOAuthError, type PinterestOAuthOperation } from "./errors.js";
import { isRetryable } from "./retry-policy.js";

/**
 * A {@link PinterestOAuthError} for a request that got no response: `timeout` when the attempt's own
 * timer fired, `aborted` when the caller's signal did, `network` otherwise (`fetch` rejects with a
 * TypeError, the socket error in `cause`). The cause is a redacted copy.
 */
export function transportError(
  thrown: unknown,
  context: { operation: PinterestOAuthOperation; timedOut: boolean; callerAborted: boolean; timeoutMs: number; redact: Redactor },
): PinterestOAuthError {
  const { operation, redact } = context;
  // `fetch` rejects with the signal's reason, which the attempt's signal copied from the caller's.
  if (context.callerAborted) return abortedError(operation, thrown, redact);
  const cause = redactCause(thrown, redact);
  if (context.timedOut) {
    return new PinterestOAuthError(
      `${operation} timed out: no complete response within ${context.timeoutMs} ms. ${ADVICE.timeout}`,
      {
        kind: "timeout",
        operation,
        cause,
      },
    );
  }
  const connectFailed = isConnectFailure(thrown);
  const code = errorCode(thrown);
  return new PinterestOAuthError(
    `${operation} failed: ${connectFailed ? "could not connect" : "the request failed"}${code ? ` (${redact(code)})` : ""}. ${ADVICE.network}`,
    { kind: "network", operation, cause, retryable: isRetryable(operation, { kind: "network", connectFailed }) },
  );
}

/** An `aborted` error for a call whose signal fired before or between attempts. */
export function abortedError(operation: PinterestOAuthOperation, reason: unknown, redact: Redactor): PinterestOAuthError {
  return new PinterestOAuthError(`${operation} was aborted by the caller. ${ADVICE.aborted}`, {
    kind: "aborted",
    operation,
    cause: redactCause(reason, redact),
  });
}

function errorCode(error: unknown, depth = 0): string | undefined {
  if (error === null || typeof error !== "object" || depth > 4) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  return typeof code === "string" ? code.slice(0, 40) : errorCode(cause, depth + 1);
}
