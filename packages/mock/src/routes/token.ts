import type { ServerResponse } from "node:http";
import type { MockContext, MockRequest } from "../context.js";
import { sendError, sendJson } from "../http/respond.js";
import type { MockClient } from "../options.js";
import { parseScopes } from "../scopes.js";
import { randomToken } from "../store/random-token.js";
import { readTokenEndpointForm } from "./read-form.js";
import { issueAccessToken, issueRefreshToken } from "./token-responses.js";

type Client = Readonly<Required<MockClient>>;

/**
 * `POST /v5/oauth/token` (Pinterest `oauth/token`, RFC 6749 §4.1.3, §6, §4.4): after the shared
 * checks, the grant the validated `grant_type` names.
 */
export function tokenEndpoint(request: MockRequest, response: ServerResponse, context: MockContext): void {
  const accepted = readTokenEndpointForm(request, response, context, context.validators.tokenRequest);
  if (accepted === undefined) return;
  const { client, form } = accepted;
  switch (form.grant_type) {
    case "authorization_code":
      authorizationCodeGrant(form, client, response, context);
      return;
    case "refresh_token":
      refreshTokenGrant(form, client, response, context);
      return;
    case "client_credentials":
      clientCredentialsGrant(form, client, response, context);
      return;
  }
  sendError(response, "invalidRequestBody"); // unreachable: the schema admits only the three grants
}

/**
 * The code must be live, unspent, issued to this client and for this exact redirect URI (else 400
 * code 283). `continuous_refresh` is accepted either way: Pinterest issues only continuous refresh
 * tokens now, so the answer is the same.
 */
function authorizationCodeGrant(
  form: Record<string, unknown>,
  client: Client,
  response: ServerResponse,
  context: MockContext,
): void {
  const redemption = context.store.redeemCode(String(form.code), client.clientId, String(form.redirect_uri), context.now());
  if (!redemption.ok) {
    sendError(response, "invalidGrant");
    return;
  }
  const params = { clientId: client.clientId, scopes: redemption.grant.scopes, grantId: redemption.grantId };
  const refresh = issueRefreshToken(context, params);
  context.store.noteRefreshToken(redemption.grantId, refresh.refresh_token, false);
  sendJson(response, 200, { ...issueAccessToken(context, params), ...refresh, response_type: "authorization_code" });
}

/**
 * Continuous refresh: a live refresh token of this client buys a new access token and a new refresh
 * token (60 days again); the old refresh token stops working. An optional `scope` may narrow the
 * grant (RFC 6749 §6), never widen it (400 code 1).
 */
function refreshTokenGrant(form: Record<string, unknown>, client: Client, response: ServerResponse, context: MockContext): void {
  const presented = String(form.refresh_token);
  const grant = context.store.find(presented, context.now());
  if (grant === undefined || grant.kind !== "refresh" || grant.clientId !== client.clientId) {
    sendError(response, "invalidGrant");
    return;
  }
  let scopes = grant.scopes;
  if (form.scope !== undefined) {
    const requested = parseScopes(String(form.scope));
    if (!requested.ok || !requested.scopes.every((scope) => grant.scopes.includes(scope))) {
      sendError(response, "invalidScope");
      return;
    }
    scopes = requested.scopes;
  }
  context.store.revoke(presented);
  const params = { clientId: client.clientId, grantId: grant.grantId };
  const refresh = issueRefreshToken(context, { ...params, scopes: grant.scopes });
  context.store.noteRefreshToken(grant.grantId, refresh.refresh_token, true);
  sendJson(response, 200, { ...issueAccessToken(context, { ...params, scopes }), ...refresh, response_type: "refresh_token" });
}

/** A token for the app itself (RFC 6749 §4.4), with the known scopes it asks for; no refresh token. */
function clientCredentialsGrant(
  form: Record<string, unknown>,
  client: Client,
  response: ServerResponse,
  context: MockContext,
): void {
  const requested = parseScopes(String(form.scope));
  if (!requested.ok) {
    sendError(response, "invalidScope");
    return;
  }
  const params = { clientId: client.clientId, scopes: requested.scopes, grantId: randomToken(), appOnly: true };
  sendJson(response, 200, { ...issueAccessToken(context, params), response_type: "client_credentials" });
}
