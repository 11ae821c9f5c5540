import type { ServerResponse } from "node:http";
import { MOCK_ACCOUNT } from "../account.js";
import type { MockContext, MockRequest } from "../context.js";
import { parseBearerToken } from "../http/credentials.js";
import { sendError, sendJson } from "../http/respond.js";

/**
 * `GET /v5/user_account` (Pinterest `user_account/get`): a live access token the mock issued
 * (RFC 6750 §2.1 Bearer header; else 401 code 2) with the `user_accounts:read` scope (else 403, the
 * spec's example body) gets {@link MOCK_ACCOUNT}.
 */
export function userAccount(request: MockRequest, response: ServerResponse, context: MockContext): void {
  const token = parseBearerToken(request.headers.authorization);
  const grant = token === undefined ? undefined : context.store.find(token, context.now());
  if (grant === undefined || grant.kind !== "access") {
    sendError(response, "authenticationFailed", { "WWW-Authenticate": 'Bearer realm="Pinterest"' });
    return;
  }
  if (!grant.scopes.includes("user_accounts:read")) {
    sendError(response, "userAccountForbidden");
    return;
  }
  sendJson(response, 200, MOCK_ACCOUNT);
}
