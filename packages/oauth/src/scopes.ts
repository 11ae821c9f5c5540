import { PINTEREST_SCOPES, type PinterestScope } from "@pinterest-kit/client";

const KNOWN_SCOPES: ReadonlySet<string> = /* @__PURE__ */ new Set(PINTEREST_SCOPES);

/** Whether `value` is one of the scopes of the pinned Pinterest API v5 spec. */
export function isPinterestScope(value: unknown): value is PinterestScope {
  return typeof value === "string" && KNOWN_SCOPES.has(value);
}

/**
 * Check a list of scopes before it goes on the wire; `argument` names it in the `TypeError`.
 * Pinterest joins scopes with commas (Pinterest docs, "Set up authentication and authorization").
 */
export function assertScopes(scopes: unknown, argument: string): asserts scopes is readonly PinterestScope[] {
  if (!Array.isArray(scopes) || scopes.length === 0) {
    throw new TypeError(`${argument} must be a non-empty array of Pinterest scopes, e.g. ["boards:read", "pins:read"].`);
  }
  for (const scope of scopes) {
    if (!isPinterestScope(scope)) {
      const shown = typeof scope === "string" ? JSON.stringify(scope.slice(0, 40)) : typeof scope;
      throw new TypeError(
        `${argument} contains ${shown}, which is not a Pinterest scope; use one of: ${PINTEREST_SCOPES.join(", ")}.`,
      );
    }
  }
}

/**
 * Split a granted `scope` string (RFC 6749 §3.3 uses spaces, Pinterest sends commas) into its scopes,
 * in order, without duplicates. A scope newer than the pinned spec is kept as Pinterest sent it.
 */
export function parseScopeString(scope: string): PinterestScope[] {
  const scopes: PinterestScope[] = [];
  for (const item of scope.split(/[\s,]+/)) {
    if (item !== "" && !scopes.includes(item as PinterestScope)) scopes.push(item as PinterestScope);
  }
  return scopes;
}
