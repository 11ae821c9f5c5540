import { API_ERROR_ADVICE, PINTEREST_OPERATIONS, PinterestApiError } from "@pinterest-kit/client";

/** One OpenAPI security requirement (OpenAPI 3.0.3 §4.7.30): each scheme with the scopes it needs. */
type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

// Both tables below are built from the generated one on first use, not at import: nothing runs at
// the top of the module, so a bundler drops them, and the table, from an app that has no session.
let security: ReadonlyMap<string, readonly SecurityRequirement[]> | undefined;
let clientAuthenticatedPaths: ReadonlySet<string> | undefined;

/** `"GET /boards"` → the operation's security alternatives, as the generated table gives them. */
function securityOf(operation: string): readonly SecurityRequirement[] | undefined {
  security ??= new Map(Object.values(PINTEREST_OPERATIONS).map((entry) => [`${entry.method} ${entry.path}`, entry.security]));
  return security.get(operation);
}

/** Schemes that carry OAuth scopes; `basic` (the token endpoints' client authentication) does not. */
const SCOPED_SCHEMES: ReadonlySet<string> = new Set(["pinterest_oauth2", "client_credentials"]);

/** Whether the operations of `path` authenticate the app with Basic credentials, never with a user's bearer token. */
export function isClientAuthenticatedPath(path: string): boolean {
  clientAuthenticatedPaths ??= new Set(
    Object.values(PINTEREST_OPERATIONS)
      .filter((operation) => operation.security.some((requirement: SecurityRequirement) => "basic" in requirement))
      .map((operation) => operation.path),
  );
  return clientAuthenticatedPaths.has(path);
}

/**
 * The scopes `granted` lacks for the operation, from the alternative that lacks the fewest (OpenAPI
 * 3.0.3 §4.7.30: any one alternative suffices, every scheme of it is required); empty when one is
 * covered, when the operation is not in the table, or when the granted scopes are unknown (empty).
 */
export function missingScopes(operation: string, granted: readonly string[]): string[] {
  const alternatives = securityOf(operation);
  if (alternatives === undefined || alternatives.length === 0 || granted.length === 0) return [];
  const have = new Set(granted);
  let fewest: string[] | undefined;
  for (const requirement of alternatives) {
    const lacking = Object.entries(requirement)
      .filter(([scheme]) => SCOPED_SCHEMES.has(scheme))
      .flatMap(([, scopes]) => scopes.filter((scope) => !have.has(scope)));
    const unique = [...new Set(lacking)];
    if (unique.length === 0) return [];
    if (fewest === undefined || unique.length < fewest.length) fewest = unique;
  }
  return fewest ?? [];
}

/** The error of a call refused before sending: kind `insufficient_scope`, as Pinterest's 401 code 3 would be. */
export function missingScopeError(operation: string, missing: readonly string[], granted: readonly string[]): PinterestApiError {
  const plural = missing.length === 1 ? "scope" : "scopes";
  return new PinterestApiError(
    `${operation} needs ${plural} ${missing.join(", ")}, which this session's token was not granted (it has ${granted.join(", ")}); ` +
      `nothing was sent. ${API_ERROR_ADVICE.insufficient_scope} Or pass session.middleware({ checkScopes: false }).`,
    { kind: "insufficient_scope", operation, missingScopes: missing },
  );
}
