import type { ServerResponse } from "node:http";
import { matchOperation } from "../api/operation-table.js";
import type { MockContext, MockRequest, RouteHandler } from "../context.js";
import { sendError } from "../http/respond.js";
import { UPLOAD_PATH } from "../uploads/upload-policy.js";
import { serveOperation } from "./api.js";
import { authorizeDecision, authorizePage } from "./authorize.js";
import { mediaUpload } from "./media-upload.js";
import { revokeEndpoint } from "./revoke.js";
import { tokenEndpoint } from "./token.js";

/** Path → method → handler for what is not an API operation. Paths match exactly (no trailing-slash or case folding). */
type Methods = Readonly<Record<string, RouteHandler>>;
const authorize: Methods = { GET: authorizePage, POST: authorizeDecision };
const ROUTES: ReadonlyMap<string, Methods> = new Map<string, Methods>([
  ["/oauth/", authorize],
  ["/oauth", authorize],
  ["/v5/oauth/token", { POST: tokenEndpoint }],
  ["/v5/oauth/token/revoke", { POST: revokeEndpoint }],
  [UPLOAD_PATH, { POST: mediaUpload }],
]);

/**
 * Answer a request: the OAuth and upload routes above, else the pinned operation its method and
 * path match in the generated table, or 404 / 405 (with `Allow`, RFC 9110 §15.5.6) in Pinterest's
 * error shape.
 */
export function route(request: MockRequest, response: ServerResponse, context: MockContext): void {
  const methods = ROUTES.get(request.path);
  if (methods !== undefined) {
    const handler = Object.hasOwn(methods, request.method) ? methods[request.method] : undefined;
    if (handler === undefined) sendError(response, "methodNotAllowed", { Allow: Object.keys(methods).join(", ") });
    else handler(request, response, context);
    return;
  }
  const match = matchOperation(request.method, request.path);
  if (match.kind === "operation") serveOperation(request, response, context, match.operation, match.pathParameters);
  else if (match.kind === "method-not-allowed") sendError(response, "methodNotAllowed", { Allow: match.allow.join(", ") });
  else sendError(response, "notFound");
}
