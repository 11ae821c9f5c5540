import { scopeDescriptions } from "../generated/schemas.js";
import type { TokenGrant } from "../store/token-store.js";

/** Which OpenAPI security scheme a token of the mock stands for. */
const SCHEME_OF_FLOW = { user: "pinterest_oauth2", app: "client_credentials" } as const;

/**
 * The scopes of the first of an operation's security requirements (OpenAPI 3.0.3 §4.7.30) that a
 * token satisfies: an alternative whose scheme is the token's (`pinterest_oauth2` for user tokens,
 * `client_credentials` for app tokens) and all of whose scopes the token was granted. No
 * requirements means open (no scopes); `undefined` means the token satisfies none.
 */
export function coveredScopes(
  security: readonly Readonly<Record<string, readonly string[]>>[],
  grant: TokenGrant,
): readonly string[] | undefined {
  if (security.length === 0) return [];
  const scheme = SCHEME_OF_FLOW[grant.appOnly === true ? "app" : "user"];
  const covering = security.find((alternative) =>
    Object.entries(alternative).every(
      ([name, scopes]) => name === scheme && scopes.every((scope) => grant.scopes.includes(scope)),
    ),
  );
  return covering === undefined ? undefined : Object.values(covering).flat();
}

/**
 * The scopes a write needs on top when it touches a secret board or a Pin on one: the `_secret`
 * form, where the spec's scope table has one, of each `:write` scope it was allowed by
 * (`boards:write_secret` "Create, update, or delete your secret boards", `pins:write_secret`).
 */
export function secretWriteScopes(scopes: readonly string[]): string[] {
  return scopes
    .filter((scope) => scope.endsWith(":write"))
    .map((scope) => `${scope}_secret`)
    .filter((scope) => scope in scopeDescriptions);
}
