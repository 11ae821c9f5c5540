import type { PinterestScope } from "@pinterest-kit/client";
import { requestTokens } from "./request-tokens.js";
import { assertScopes } from "./scopes.js";
import type { TokenEndpoint } from "./send-token-request.js";
import { TokenSet } from "./token-set.js";
import { assertCredential, assertOptionalSignal, assertOptionsObject } from "./validate.js";

/** Options of `refreshToken` (RFC 6749 §6). */
export interface RefreshTokenOptions {
  /** Ask for fewer scopes than granted (RFC 6749 §6); default: the granted ones. */
  scopes?: readonly PinterestScope[];
  signal?: AbortSignal;
}

/**
 * Refresh an access token (RFC 6749 §6, `grant_type=refresh_token`). With continuous refresh
 * Pinterest rotates the refresh token; when a response carries none, the one sent stays valid
 * (RFC 6749 §6) and is kept in the returned TokenSet, so it is never lost.
 */
export async function refreshToken(endpoint: TokenEndpoint, token: string, options: RefreshTokenOptions = {}): Promise<TokenSet> {
  assertCredential(token, "refreshToken(refreshToken)");
  assertOptionsObject(options, "refreshToken(refreshToken, options)");
  if (options.scopes !== undefined) assertScopes(options.scopes, "refreshToken options.scopes");
  assertOptionalSignal(options.signal, "refreshToken options.signal");
  const tokens = await requestTokens(
    endpoint,
    "refreshToken",
    {
      grant_type: "refresh_token",
      refresh_token: token,
      scope: options.scopes ? [...new Set(options.scopes)].join(",") : undefined,
    },
    { signal: options.signal, secret: token },
  );
  return tokens.refreshToken === undefined ? new TokenSet({ ...tokens.toJSON(), refreshToken: token }) : tokens;
}
