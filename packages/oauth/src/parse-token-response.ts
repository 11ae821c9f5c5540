import { parseScopeString } from "./scopes.js";
import { RESPONSE_TYPES, TokenSet, type TokenSetJSON } from "./token-set.js";

/** Whether a `Content-Type` is JSON (`application/json` or a `+json` type), as RFC 6749 §5.1 requires of token responses. */
export function isJsonMediaType(contentType: string | null): boolean {
  return contentType !== null && /^\s*application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(contentType);
}

/** A TokenSet, or what is wrong with the body (field names only: the body may hold tokens). */
export type TokenResponseResult = { tokens: TokenSet; problem?: undefined } | { tokens?: undefined; problem: string };

/**
 * Check a successful token response (RFC 6749 §5.1) against the required fields of the generated
 * `OauthAccessTokenResponse` schema (`access_token`, `token_type`, `expires_in`, `scope`) and build a
 * {@link TokenSet}. Accepts numbers sent as numeric strings (Pinterest's own examples send
 * `"expires_in": "2592000"`) and comma- or space-separated scopes.
 */
export function tokenSetFromResponse(text: string | undefined, receivedAt: number): TokenResponseResult {
  if (text === undefined || text.trim() === "") return { problem: "the body is empty" };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { problem: "the body is not JSON" };
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) return { problem: "the body is not a JSON object" };
  const value = body as Record<string, unknown>;
  const problems: string[] = [];
  const expiresIn = seconds(value.expires_in);
  if (typeof value.access_token !== "string" || value.access_token === "") problems.push("access_token");
  if (typeof value.token_type !== "string" || value.token_type === "") problems.push("token_type");
  if (expiresIn === undefined) problems.push("expires_in");
  if (typeof value.scope !== "string") problems.push("scope");
  if (value.refresh_token != null && (typeof value.refresh_token !== "string" || value.refresh_token === "")) {
    problems.push("refresh_token");
  }
  const refreshExpiresAt = optionalSeconds(value.refresh_token_expires_at, "refresh_token_expires_at", problems);
  const refreshExpiresIn = optionalSeconds(value.refresh_token_expires_in, "refresh_token_expires_in", problems);
  if (problems.length > 0) return { problem: `missing or malformed ${problems.join(", ")}` };

  const fields: TokenSetJSON = {
    accessToken: value.access_token as string,
    tokenType: value.token_type as string,
    scopes: parseScopeString(value.scope as string),
    expiresIn: expiresIn as number,
    receivedAt,
    expiresAt: receivedAt + (expiresIn as number) * 1000,
  };
  if (typeof value.refresh_token === "string") {
    fields.refreshToken = value.refresh_token;
    if (refreshExpiresAt !== undefined) fields.refreshTokenExpiresAt = refreshExpiresAt * 1000;
    else if (refreshExpiresIn !== undefined) fields.refreshTokenExpiresAt = receivedAt + refreshExpiresIn * 1000;
  }
  if (typeof value.response_type === "string" && RESPONSE_TYPES.has(value.response_type)) {
    fields.responseType = value.response_type as TokenSetJSON["responseType"];
  }
  return { tokens: new TokenSet(fields) };
}

/** A non-negative number of seconds, also as a numeric string. */
function seconds(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value === "string" && /^\d+(\.\d+)?$/.test(value)) return Number(value);
  return undefined;
}

function optionalSeconds(value: unknown, field: string, problems: string[]): number | undefined {
  if (value == null) return undefined;
  const parsed = seconds(value);
  if (parsed === undefined) problems.push(field);
  return parsed;
}
