import type { IncomingHttpHeaders } from "node:http";

export const REDACTED = "[redacted]";

/** Form and query fields whose values are secrets (codes, tokens, client secrets). */
const SECRET_FIELDS = new Set([
  "code",
  "refresh_token",
  "token",
  "access_token",
  "client_secret",
  "password",
  "client_assertion",
]);

/** Headers that carry credentials. */
const SECRET_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie"]);

/**
 * Copy request headers with credentials hidden: `Authorization` keeps only its scheme
 * ("Basic [redacted]", "Bearer [redacted]"), cookies become "[redacted]". Repeated headers are
 * joined with ", " (RFC 9110 §5.3).
 */
export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(", ") : value;
    out[name] = SECRET_HEADERS.has(name) ? redactCredentials(name, text) : text;
  }
  return out;
}

function redactCredentials(name: string, value: string): string {
  if (name !== "authorization" && name !== "proxy-authorization") return REDACTED;
  const scheme = /^([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*) /.exec(value)?.[1];
  const known = scheme?.toLowerCase();
  if (known === "basic") return `Basic ${REDACTED}`;
  if (known === "bearer") return `Bearer ${REDACTED}`;
  return REDACTED;
}

/** Copy form or query fields with the values of secret fields replaced by "[redacted]". */
export function redactFields(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) out[name] = SECRET_FIELDS.has(name) ? REDACTED : value;
  return out;
}
