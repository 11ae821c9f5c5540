import { requestTokens } from "./request-tokens.js";
import type { TokenEndpoint } from "./send-token-request.js";
import type { TokenSet } from "./token-set.js";
import { assertCredential, assertOptionalSignal, assertOptionsObject, assertRedirectUri } from "./validate.js";

/** Options of `exchangeCode` (RFC 6749 §4.1.3). */
export interface ExchangeCodeOptions {
  /** The redirect URI of the authorization request; defaults to the one given to `createPinterestOAuth`. */
  redirectUri?: string;
  /** Send `continuous_refresh=true`: apps created before 2025-09-25 need it for a 60-day refreshable token. */
  continuousRefresh?: boolean;
  signal?: AbortSignal;
}

/**
 * Exchange an authorization code for tokens (RFC 6749 §4.1.3, `grant_type=authorization_code`).
 * The code is single-use: it is re-sent only when the connection was refused, never once it may
 * have reached Pinterest.
 */
export async function exchangeCode(
  endpoint: TokenEndpoint & { redirectUri: string | undefined },
  code: string,
  options: ExchangeCodeOptions = {},
): Promise<TokenSet> {
  assertCredential(code, "exchangeCode(code)");
  assertOptionsObject(options, "exchangeCode(code, options)");
  const redirectUri = options.redirectUri ?? endpoint.redirectUri;
  if (redirectUri === undefined) {
    throw new TypeError("exchangeCode needs a redirectUri: pass options.redirectUri or give one to createPinterestOAuth.");
  }
  // The configured URI was checked once by createPinterestOAuth.
  if (redirectUri !== endpoint.redirectUri) assertRedirectUri(redirectUri, "exchangeCode options.redirectUri");
  if (options.continuousRefresh !== undefined && typeof options.continuousRefresh !== "boolean") {
    throw new TypeError("exchangeCode options.continuousRefresh must be a boolean.");
  }
  assertOptionalSignal(options.signal, "exchangeCode options.signal");
  return requestTokens(
    endpoint,
    "exchangeCode",
    {
      grant_type: "authorization_code",
      code,
      redirect_uri: redirectUri,
      continuous_refresh: options.continuousRefresh === true ? true : undefined,
    },
    { signal: options.signal, secret: code },
  );
}
