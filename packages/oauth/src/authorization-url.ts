import { PINTEREST_AUTHORIZATION_URL, type PinterestScope } from "@pinterest-kit/client";
import { assertScopes } from "./scopes.js";
import { assertCredential, assertNonEmptyString, assertOptionsObject, assertRedirectUri, assertServiceUrl } from "./validate.js";

/** Options of `authorizationUrl` (RFC 6749 §4.1.1). */
export interface AuthorizationUrlOptions {
  /** What to ask the user for; typed by the scopes of the pinned spec. */
  scopes: readonly PinterestScope[];
  /** Opaque value checked again in {@link parseCallback}; make one with `createState()`. */
  state: string;
  /** Overrides the `redirectUri` given to `createPinterestOAuth`. */
  redirectUri?: string;
}

/**
 * The URL to send the user to (RFC 6749 §4.1.1 authorization request, Pinterest's
 * `https://www.pinterest.com/oauth/`): `client_id`, `redirect_uri`, `response_type=code`,
 * `scope` joined with commas as Pinterest expects, and `state`.
 */
export function authorizationUrl(
  base: { authorizeUrl: string; clientId: string; redirectUri: string | undefined },
  options: AuthorizationUrlOptions,
): string {
  assertOptionsObject(options, "authorizationUrl(options)");
  if (options === undefined) throw new TypeError("authorizationUrl(options) needs { scopes, state }.");
  assertScopes(options.scopes, "authorizationUrl options.scopes");
  assertNonEmptyString(options.state, "authorizationUrl options.state");
  const redirectUri = options.redirectUri ?? base.redirectUri;
  if (redirectUri === undefined) {
    throw new TypeError("authorizationUrl needs a redirectUri: pass options.redirectUri or give one to createPinterestOAuth.");
  }
  assertRedirectUri(redirectUri, "authorizationUrl options.redirectUri");
  const url = new URL(base.authorizeUrl);
  url.searchParams.set("client_id", base.clientId);
  url.searchParams.set("redirect_uri", redirectUri);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("scope", [...new Set(options.scopes)].join(","));
  url.searchParams.set("state", options.state);
  return url.toString();
}

/** Options of {@link buildAuthorizationUrl}: what a public client (browser code) knows, and no secret. */
export interface PublicAuthorizationUrlOptions extends AuthorizationUrlOptions {
  clientId: string;
  redirectUri: string;
  /** Consent page URL; default `https://www.pinterest.com/oauth/`. */
  authorizeUrl?: string;
}

/**
 * The authorization URL (RFC 6749 §4.1.1) for code that must never hold the client secret, such
 * as a browser: the same URL as `oauth.authorizationUrl`, from the app id alone. Exchange the code
 * on a server with `createPinterestOAuth`.
 */
export function buildAuthorizationUrl(options: PublicAuthorizationUrlOptions): string {
  assertOptionsObject(options, "buildAuthorizationUrl(options)");
  if (options === undefined)
    throw new TypeError("buildAuthorizationUrl(options) needs { clientId, redirectUri, scopes, state }.");
  assertCredential(options.clientId, "buildAuthorizationUrl options.clientId");
  const authorizeUrl = options.authorizeUrl ?? PINTEREST_AUTHORIZATION_URL;
  assertServiceUrl(authorizeUrl, "buildAuthorizationUrl options.authorizeUrl");
  return authorizationUrl({ authorizeUrl, clientId: options.clientId, redirectUri: options.redirectUri }, options);
}
