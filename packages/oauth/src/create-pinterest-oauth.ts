import { createBareClient, PINTEREST_AUTHORIZATION_URL, PINTEREST_SERVER_URL } from "@pinterest-kit/client";
import { INSPECT, type InspectFunction, inspectWith } from "@pinterest-kit/client/internal";
import { type AuthorizationUrlOptions, authorizationUrl } from "./authorization-url.js";
import { basicAuthorization } from "./client-authentication.js";
import { type ClientCredentialsOptions, clientCredentials } from "./client-credentials.js";
import { DIRECT_FETCH_OPTIONS } from "./direct-fetch.js";
import { type ExchangeCodeOptions, exchangeCode } from "./exchange-code.js";
import { type AuthorizationCallback, parseCallback } from "./parse-callback.js";
import { type RefreshTokenOptions, refreshToken } from "./refresh-token.js";
import { type RetryOptions, resolveRetryOptions } from "./retry.js";
import { type RevokeTokenOptions, revokeToken } from "./revoke-token.js";
import type { TokenEndpoint } from "./send-token-request.js";
import { registerSessionContext } from "./session/session-context.js";
import type { TokenSet } from "./token-set.js";
import { assertCredential, assertDuration, assertRedirectUri, assertServiceUrl } from "./validate.js";

/** Options of {@link createPinterestOAuth}; only `clientId` and `clientSecret` are required. */
export interface PinterestOAuthOptions {
  /** The app id (developers.pinterest.com → My apps). */
  clientId: string;
  /** The app secret; sent only in the Basic `Authorization` header, never in a body. */
  clientSecret: string;
  /** Default redirect URI of `authorizationUrl` and `exchangeCode`. */
  redirectUri?: string;
  /** API base URL; default `https://api.pinterest.com/v5`. */
  baseUrl?: string;
  /** Consent page URL; default `https://www.pinterest.com/oauth/`. */
  authorizeUrl?: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: (input: Request) => Promise<Response>;
  /** Per-attempt timeout in ms (default 30 000; `Infinity` for none), combined with each call's `signal`. */
  timeoutMs?: number;
  /** Retry policy; `{ retries: 0 }` turns retries off. */
  retry?: RetryOptions;
  /** Epoch-millisecond clock for `receivedAt`, `expiresAt` and `Retry-After` dates; default `Date.now`. */
  clock?: () => number;
}

/** The OAuth helpers of one Pinterest app. `JSON.stringify` and `util.inspect` show its client id, never its secret. */
export interface PinterestOAuth {
  readonly clientId: string;
  authorizationUrl(options: AuthorizationUrlOptions): string;
  parseCallback(input: string | URL | URLSearchParams, options: { expectedState: string }): AuthorizationCallback;
  exchangeCode(code: string, options?: ExchangeCodeOptions): Promise<TokenSet>;
  refreshToken(refreshToken: string, options?: RefreshTokenOptions): Promise<TokenSet>;
  clientCredentials(options: ClientCredentialsOptions): Promise<TokenSet>;
  revokeToken(token: string, options?: RevokeTokenOptions): Promise<void>;
  toJSON(): { clientId: string; redirectUri?: string; baseUrl: string; authorizeUrl: string };
}

/**
 * Create the OAuth 2.0 helpers (RFC 6749) for one Pinterest app. Options are checked here, and the
 * Basic credentials (RFC 6749 §2.3.1) and the typed client are built once for every later call.
 * The secret lives only in this closure.
 */
export function createPinterestOAuth(options: PinterestOAuthOptions): PinterestOAuth {
  if (options === null || typeof options !== "object") {
    throw new TypeError("createPinterestOAuth(options) needs { clientId, clientSecret }.");
  }
  const { clientId, clientSecret, redirectUri } = options;
  assertCredential(clientId, "createPinterestOAuth options.clientId");
  assertCredential(clientSecret, "createPinterestOAuth options.clientSecret");
  if (redirectUri !== undefined) assertRedirectUri(redirectUri, "createPinterestOAuth options.redirectUri");
  const baseUrl = options.baseUrl ?? PINTEREST_SERVER_URL;
  assertServiceUrl(baseUrl, "createPinterestOAuth options.baseUrl");
  const authorizeUrl = options.authorizeUrl ?? PINTEREST_AUTHORIZATION_URL;
  assertServiceUrl(authorizeUrl, "createPinterestOAuth options.authorizeUrl");
  if (options.fetch !== undefined && typeof options.fetch !== "function") {
    throw new TypeError("createPinterestOAuth options.fetch must be a fetch function.");
  }
  const timeoutMs = options.timeoutMs ?? 30_000;
  assertDuration(timeoutMs, "createPinterestOAuth options.timeoutMs", { allowInfinity: true, min: 1 });
  const clock = options.clock ?? Date.now;
  if (typeof clock !== "function")
    throw new TypeError("createPinterestOAuth options.clock must be a function returning epoch ms.");

  const authorization = basicAuthorization(clientId, clientSecret);
  const endpoint: TokenEndpoint & { redirectUri: string | undefined } = {
    // Token requests repeat and time out by this package's own policy (single-use codes), not the client's.
    client: createBareClient({ baseUrl, ...(options.fetch ? { fetch: options.fetch } : {}) }),
    init: { headers: { Authorization: authorization }, parseAs: "text", ...(options.fetch ? {} : DIRECT_FETCH_OPTIONS) },
    secrets: [clientSecret, authorization.slice("Basic ".length)],
    timeoutMs,
    retry: resolveRetryOptions(options.retry),
    clock,
    redirectUri,
  };
  const shown = { clientId, ...(redirectUri === undefined ? {} : { redirectUri }), baseUrl, authorizeUrl };

  const oauth = {
    clientId,
    authorizationUrl: (urlOptions) => authorizationUrl({ authorizeUrl, clientId, redirectUri }, urlOptions),
    parseCallback,
    exchangeCode: (code, callOptions) => exchangeCode(endpoint, code, callOptions),
    refreshToken: (token, callOptions) => refreshToken(endpoint, token, callOptions),
    clientCredentials: (callOptions) => clientCredentials(endpoint, callOptions),
    revokeToken: (token, callOptions) => revokeToken(endpoint, token, callOptions),
    toJSON: () => ({ ...shown }),
    [INSPECT]: (_depth: number, inspectOptions: object, inspect?: InspectFunction) =>
      `PinterestOAuth ${inspectWith(inspect, shown, inspectOptions)}`,
  } as PinterestOAuth;
  registerSessionContext(oauth, { refreshToken: oauth.refreshToken, clock, secrets: endpoint.secrets });
  return oauth;
}
