import { createRedactor, redactCause } from "@pinterest-kit/client/internal";
import { ADVICE } from "../error-kinds.js";
import { PinterestOAuthError } from "../errors.js";
import type { TokenSet } from "../token-set.js";

/** The error every call gets once a session's refresh token was rejected: no further request is made. */
export function reauthorizationError(original: PinterestOAuthError): PinterestOAuthError {
  return new PinterestOAuthError(`This session needs re-authorization: ${original.message}`, {
    kind: "invalid_grant",
    operation: "session",
    status: original.status,
    pinterestCode: original.pinterestCode,
    requestId: original.requestId,
    requiresReauth: true,
    cause: original,
  });
}

/** A caller stopped waiting for a shared refresh; the refresh itself goes on for the others. */
export function sessionAbortedError(reason: unknown): PinterestOAuthError {
  return new PinterestOAuthError(`Waiting for the token refresh was aborted by the caller. ${ADVICE.aborted}`, {
    kind: "aborted",
    operation: "session",
    cause: redactCause(reason, createRedactor([])),
  });
}

/** The secrets of a session to redact: every token of `tokens`, and the app's secrets. */
export function sessionSecrets(tokens: readonly TokenSet[], appSecrets: readonly string[]): string[] {
  return [...appSecrets, ...tokens.flatMap((t) => [t.accessToken, t.refreshToken ?? ""])];
}

/** The token store or `onTokens` failed; says which step, never which tokens. */
export function persistenceError(step: string, error: unknown, secrets: readonly string[]): PinterestOAuthError {
  const redact = createRedactor(secrets);
  const cause = redactCause(error, redact) as Error;
  return new PinterestOAuthError(
    `Persisting tokens failed at ${step}: ${cause.message.slice(0, 200)}. ${ADVICE.persistence_failed}`,
    {
      kind: "persistence_failed",
      operation: "session",
      cause,
    },
  );
}
