import type { ServerResponse } from "node:http";
import { type ApiAnswer, apiError, INSUFFICIENT_SCOPES, invalidParameters } from "../api/answers.js";
import { coveredScopes } from "../api/check-scopes.js";
import type { TableOperation } from "../api/operation-table.js";
import { readPath, readQuery } from "../api/read-parameters.js";
import type { MockContext, MockRequest } from "../context.js";
import { parseBearerToken } from "../http/credentials.js";
import { isJsonRequest } from "../http/media-type.js";
import { send, sendError, sendJson } from "../http/respond.js";
import { handlerFor } from "../resources/handlers.js";
import { operationValidators } from "../schema/operation-validators.js";
import { viewFor } from "../state/visibility.js";

/**
 * Serve one pinned operation of the generated table, in Pinterest's order of checks: a live
 * Bearer access token (401 code 2), the operation's security alternatives against the token's
 * scopes (401 code 3), path and query parameters against their schemas, the JSON body against
 * the request schema with no undeclared field (400 code 1, naming the problem), then the
 * operation's handler on the account state as this token may see and change it.
 */
export function serveOperation(
  request: MockRequest,
  response: ServerResponse,
  context: MockContext,
  operation: TableOperation,
  rawPath: Record<string, string>,
): void {
  const token = parseBearerToken(request.headers.authorization);
  const grant = token === undefined ? undefined : context.store.find(token, context.now());
  if (grant === undefined || grant.kind !== "access") {
    sendError(response, "authenticationFailed", { "WWW-Authenticate": 'Bearer realm="Pinterest"' });
    return;
  }
  const allowedBy = coveredScopes(operation.security, grant);
  if (allowedBy === undefined) {
    answer(response, INSUFFICIENT_SCOPES);
    return;
  }
  const checked = checkRequest(request, operation, rawPath);
  if ("status" in checked) {
    answer(response, checked);
    return;
  }
  const now = context.now();
  const view = viewFor(context.state, grant.scopes, allowedBy);
  answer(
    response,
    handlerFor(operation.operationId)({
      ...checked,
      operationId: operation.operationId,
      state: context.state,
      view,
      now,
      context,
    }),
  );
}

function checkRequest(
  request: MockRequest,
  operation: TableOperation,
  rawPath: Record<string, string>,
): ApiAnswer | { path: Record<string, string>; query: Record<string, unknown>; body: Record<string, unknown> } {
  const validators = operationValidators(operation.operationId);
  const path = readPath(rawPath, validators.parameters);
  const pathCheck = validators.path(path);
  if (!pathCheck.valid) return invalidParameters(`path: ${pathCheck.problem}`);
  const query = readQuery(request.search, validators.parameters);
  if (!query.ok) return invalidParameters(`query: ${query.problem}`);
  const queryCheck = validators.query(query.values);
  if (!queryCheck.valid) return invalidParameters(`query: ${queryCheck.problem}`);
  if (validators.body === undefined) {
    if (request.body.length > 0) return invalidParameters("body: this operation takes none");
    return { path: rawPath, query: query.values, body: {} };
  }
  if (!isJsonRequest(request.headers)) return apiError(415, 415, "Unsupported media type: send application/json");
  let body: unknown;
  try {
    body = JSON.parse(request.body.toString("utf8"));
  } catch {
    return invalidParameters("body: not JSON");
  }
  const bodyCheck = validators.body(body);
  if (!bodyCheck.valid) return invalidParameters(`body: ${bodyCheck.problem}`);
  return { path: rawPath, query: query.values, body: body as Record<string, unknown> };
}

function answer(response: ServerResponse, result: ApiAnswer): void {
  if (result.body === undefined) send(response, result.status, "", result.headers);
  else sendJson(response, result.status, result.body, result.headers);
}
