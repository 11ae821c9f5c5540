import type { TokenGrant } from "../store/token-store.js";

/** Which OpenAPI security scheme a token of the mock stands for. */
const SCHEME_OF_FLOW = { user: "pinterest_oauth2", app: "client_credentials" } as const;

/**
 * Whether a token satisfies an operation's security requirements (OpenAPI 3.0.3 §4.7.30): any one
 * alternative whose scheme is the token's (`pinterest_oauth2` for user tokens, `client_credentials`
 * for app tokens) and all of whose scopes the token was granted. No requirements means open.
 */
export function scopesCover(security: readonly Readonly<Record<string, readonly string[]>>[], grant: TokenGrant): boolean {
  if (security.length === 0) return true;
  const scheme = SCHEME_OF_FLOW[grant.appOnly === true ? "app" : "user"];
  return security.some((alternative) => {
    const entries = Object.entries(alternative);
    return entries.every(([name, scopes]) => name === scheme && scopes.every((scope) => grant.scopes.includes(scope)));
  });
}
