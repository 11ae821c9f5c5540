import type { ServerResponse } from "node:http";
import type { MockContext, MockRequest } from "../context.js";
import { send, sendError } from "../http/respond.js";
import { readTokenEndpointForm } from "./read-form.js";

/**
 * `POST /v5/oauth/token/revoke` (Pinterest `token/revoke`, RFC 7009): after the shared checks, the
 * token stops working. Revoking a refresh token also revokes the access tokens of its grant
 * (RFC 7009 §2.1). A token of another client gets 403 code 29, as the spec documents; an unknown
 * or already invalid token gets 200 (RFC 7009 §2.2). Success is 200 with no content.
 */
export function revokeEndpoint(request: MockRequest, response: ServerResponse, context: MockContext): void {
  const accepted = readTokenEndpointForm(request, response, context, context.validators.revokeRequest);
  if (accepted === undefined) return;
  const token = String(accepted.form.token);
  const grant = context.store.find(token, context.now());
  if (grant !== undefined) {
    if (grant.clientId !== accepted.client.clientId) {
      sendError(response, "notPermitted");
      return;
    }
    if (grant.kind === "refresh") context.store.revokeGrant(grant.grantId);
    else context.store.revoke(token);
  }
  send(response, 200, "");
}
