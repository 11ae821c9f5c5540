import { scopeDescriptions } from "./generated/schemas.js";

/** Pinterest's OAuth scopes and their descriptions, generated from `securitySchemes.pinterest_oauth2` of the pinned spec. */
export const SCOPE_DESCRIPTIONS = scopeDescriptions;

/** The outcome of reading a scope parameter. */
export type ParsedScopes = { ok: true; scopes: string[] } | { ok: false; reason: "empty" | "unknown" };

/**
 * Read a scope list. Pinterest's authorize URL separates scopes with commas; RFC 6749 §3.3 uses
 * spaces; both are accepted (and mixed). Duplicates collapse; order is kept.
 */
export function parseScopes(text: string): ParsedScopes {
  const scopes = [...new Set(text.split(/[,\s]+/).filter((scope) => scope !== ""))];
  if (scopes.length === 0) return { ok: false, reason: "empty" };
  if (!scopes.every((scope) => Object.hasOwn(SCOPE_DESCRIPTIONS, scope))) return { ok: false, reason: "unknown" };
  return { ok: true, scopes };
}

/** Scopes as the mock writes them in token responses: comma-separated, Pinterest's own convention. */
export function formatScopes(scopes: readonly string[]): string {
  return scopes.join(",");
}
