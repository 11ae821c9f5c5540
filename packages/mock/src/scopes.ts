/**
 * Pinterest's OAuth scopes and their descriptions (`securitySchemes.pinterest_oauth2` of the pinned
 * spec). A copy, because the mock's only runtime dependency is ajv and the generator does not emit
 * scopes into this package yet; a test compares it with `PINTEREST_SCOPE_DESCRIPTIONS` of
 * `@pinterest-kit/client`, which is generated from the spec.
 */
export const SCOPE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  "ads:read": "See all of your advertising data, including ads, ad groups, campaigns etc.",
  "ads:write": "Create, update, or delete ads, ad groups, campaigns etc.",
  "billing:read": "See all of your billing data, billing profile, etc.",
  "billing:write": "Create, update, or delete billing data, billing profiles, etc.",
  "biz_access:read": "See business access data",
  "biz_access:write": "Create, update, or delete business access data",
  "boards:read": "See your public boards, including group boards you join",
  "boards:read_secret": "See your secret boards",
  "boards:write": "Create, update, or delete your public boards",
  "boards:write_secret": "Create, update, or delete your secret boards",
  "catalogs:read": "See all of your catalogs data",
  "catalogs:write": "Create, update, or delete your catalogs data",
  "msot:write": "Create measurement source of truth events",
  "pins:read": "See your public Pins",
  "pins:read_secret": "See your secret Pins",
  "pins:write": "Create, update, or delete your public Pins",
  "pins:write_secret": "Create, update, or delete your secret Pins",
  "user_accounts:read": "See your user accounts and followers",
  "user_accounts:write": "Update your user accounts and followers",
};

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
