import type { ServerResponse } from "node:http";
import type { MockContext, MockRequest, RouteHandler } from "../context.js";
import { sendError } from "../http/respond.js";
import { authorizeDecision, authorizePage } from "./authorize.js";
import { revokeEndpoint } from "./revoke.js";
import { tokenEndpoint } from "./token.js";
import { userAccount } from "./user-account.js";

/** Path → method → handler. Paths match exactly (no trailing-slash or case folding). */
type Methods = Readonly<Record<string, RouteHandler>>;
const authorize: Methods = { GET: authorizePage, POST: authorizeDecision };
const ROUTES: ReadonlyMap<string, Methods> = new Map<string, Methods>([
  ["/oauth/", authorize],
  ["/oauth", authorize],
  ["/v5/oauth/token", { POST: tokenEndpoint }],
  ["/v5/oauth/token/revoke", { POST: revokeEndpoint }],
  ["/v5/user_account", { GET: userAccount }],
]);

/** Answer a request: its route, or 404 / 405 (with `Allow`, RFC 9110 §15.5.6) in Pinterest's error shape. */
export function route(request: MockRequest, response: ServerResponse, context: MockContext): void {
  const methods = ROUTES.get(request.path);
  if (methods === undefined) {
    sendError(response, "notFound");
    return;
  }
  const handler = Object.hasOwn(methods, request.method) ? methods[request.method] : undefined;
  if (handler === undefined) {
    sendError(response, "methodNotAllowed", { Allow: Object.keys(methods).join(", ") });
    return;
  }
  handler(request, response, context);
}
