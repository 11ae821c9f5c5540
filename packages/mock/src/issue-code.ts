import type { MockContext } from "./context.js";
import { MockPinterestError } from "./errors.js";
import { findRedirectUri } from "./redirect-uri.js";
import { parseScopes } from "./scopes.js";

/** Which code {@link MockPinterest.issueCode} mints. */
export interface IssueCodeParams {
  /** Defaults to the first registered client. */
  clientId?: string;
  /** Must match one of the client's redirect URIs; defaults to its first one. */
  redirectUri?: string;
  scopes: readonly string[];
}

/**
 * Mint an authorization code as the consent page's Approve would (RFC 6749 §4.1.2), checking the
 * client, the redirect URI (same matching rule as `GET /oauth/`) and the scopes first.
 */
export function issueCode(params: IssueCodeParams, context: MockContext): string {
  if (params === null || typeof params !== "object")
    throw new MockPinterestError("INVALID_OPTIONS", "mock.issueCode: pass { clientId?, redirectUri?, scopes }.");
  const client = context.findClient(params.clientId ?? context.options.clients[0]?.clientId ?? "");
  if (client === undefined) {
    throw new MockPinterestError(
      "UNKNOWN_CLIENT",
      `mock.issueCode: no client with id ${JSON.stringify(params.clientId)} is registered.`,
    );
  }
  const redirectUri = params.redirectUri ?? (client.redirectUris[0] as string);
  if (findRedirectUri(client.redirectUris, redirectUri) === undefined) {
    throw new MockPinterestError(
      "REDIRECT_URI_MISMATCH",
      `mock.issueCode: ${JSON.stringify(redirectUri)} matches none of the client's redirect URIs (${client.redirectUris.join(", ")}).`,
    );
  }
  const scopes = Array.isArray(params.scopes) ? parseScopes(params.scopes.join(",")) : ({ ok: false } as const);
  if (!scopes.ok || params.scopes.some((scope) => typeof scope !== "string" || /[,\s]/.test(scope))) {
    throw new MockPinterestError(
      "INVALID_SCOPE",
      'mock.issueCode: scopes must be a non-empty array of Pinterest scopes such as "user_accounts:read".',
    );
  }
  return context.store.issueCode({ clientId: client.clientId, redirectUri, scopes: scopes.scopes }, context.now());
}
