import type { PinterestOAuthErrorKind } from "@pinterest-kit/oauth";

/** The error kinds the oauth README documents (its "Errors" table): nothing else may appear. */
export const DOCUMENTED_KINDS: ReadonlySet<PinterestOAuthErrorKind> = new Set<PinterestOAuthErrorKind>([
  "invalid_request",
  "invalid_client",
  "invalid_grant",
  "forbidden",
  "rate_limited",
  "server_error",
  "invalid_response",
  "network",
  "timeout",
  "aborted",
  "access_denied",
  "state_mismatch",
  "persistence_failed",
]);
