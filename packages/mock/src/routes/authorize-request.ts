import type { MockContext } from "../context.js";
import type { MockClient } from "../options.js";
import type { PinterestErrorName } from "../pinterest-errors.js";
import { findRedirectUri } from "../redirect-uri.js";
import { parseScopes } from "../scopes.js";

/** A checked authorization request (RFC 6749 §4.1.1). */
export type AuthorizeCheck =
  /** Client or redirect URI is wrong: answer here, never redirect (RFC 6749 §4.1.2.1). */
  | { kind: "refuse"; error: PinterestErrorName }
  /** Anything else wrong: tell the client at its redirect URI. */
  | { kind: "redirect-error"; redirectUri: string; error: string; description: string; state: string | undefined }
  | { kind: "ok"; client: Readonly<Required<MockClient>>; redirectUri: string; scopes: string[]; state: string };

/**
 * Check the parameters of `GET /oauth/`: a registered `client_id`, a `redirect_uri` matching one of
 * its registered URIs, `response_type=code`, a non-empty `state` (the mock insists on it: it is the
 * client's CSRF protection, RFC 6749 §10.12), and known scopes.
 */
export function checkAuthorizeRequest(params: Record<string, string>, context: MockContext): AuthorizeCheck {
  const client = params.client_id === undefined ? undefined : context.findClient(params.client_id);
  if (client === undefined) return { kind: "refuse", error: "unknownClient" };
  const requested = params.redirect_uri;
  if (requested === undefined || findRedirectUri(client.redirectUris, requested) === undefined) {
    return { kind: "refuse", error: "redirectUriMismatch" };
  }
  const state = params.state === "" ? undefined : params.state;
  const redirectError = (error: string, description: string): AuthorizeCheck => ({
    kind: "redirect-error",
    redirectUri: requested,
    error,
    description,
    state,
  });
  if (params.response_type !== "code") {
    return params.response_type === undefined
      ? redirectError("invalid_request", "response_type is required")
      : redirectError("unsupported_response_type", "response_type must be code");
  }
  if (state === undefined) return redirectError("invalid_request", "state is required");
  const scopes = parseScopes(params.scope ?? "");
  if (!scopes.ok) return redirectError("invalid_scope", scopes.reason === "empty" ? "scope is required" : "unknown scope");
  return { kind: "ok", client, redirectUri: requested, scopes: scopes.scopes, state };
}

/** `redirectUri` with parameters added to its query (RFC 6749 §4.1.2), keeping the query it had. */
export function withParameters(redirectUri: string, parameters: Record<string, string | undefined>): string {
  const query = Object.entries(parameters)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join("&");
  return `${redirectUri}${redirectUri.includes("?") ? "&" : "?"}${query}`;
}
