import type { MockContext } from "../context.js";
import { formatScopes } from "../scopes.js";
import { REFRESH_TOKEN_TTL_SECONDS } from "../store/token-store.js";

export const ACCESS_TOKEN_PREFIX = "pina_";
export const REFRESH_TOKEN_PREFIX = "pinr_";

interface IssueParams {
  clientId: string;
  scopes: readonly string[];
  grantId: string;
  appOnly?: boolean;
}

/** Issue an access token and describe it as the response fields every grant shares. */
export function issueAccessToken(context: MockContext, params: IssueParams) {
  const now = context.now();
  const ttl = context.options.accessTokenTtlSeconds;
  const accessToken = context.store.issueToken(ACCESS_TOKEN_PREFIX, { ...params, kind: "access", expiresAt: now + ttl * 1000 });
  return { access_token: accessToken, token_type: "bearer", expires_in: ttl, scope: formatScopes(params.scopes) };
}

/**
 * Issue a continuous refresh token (60 days, rotated on every refresh) and its three fields of the
 * 5.23 schema. `refresh_token_expires_at` is in Unix seconds.
 */
export function issueRefreshToken(context: MockContext, params: IssueParams) {
  const now = context.now();
  const expiresAt = now + REFRESH_TOKEN_TTL_SECONDS * 1000;
  const refreshToken = context.store.issueToken(REFRESH_TOKEN_PREFIX, { ...params, kind: "refresh", expiresAt });
  return {
    refresh_token: refreshToken,
    refresh_token_expires_in: REFRESH_TOKEN_TTL_SECONDS,
    refresh_token_expires_at: Math.floor(expiresAt / 1000),
  };
}
