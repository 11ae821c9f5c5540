import type { ServerResponse } from "node:http";
import type { MockContext, MockRequest } from "../context.js";
import { parseForm } from "../http/form.js";
import { isFormRequest } from "../http/media-type.js";
import { sendError, sendHtml, sendRedirect } from "../http/respond.js";
import { type AuthorizeCheck, checkAuthorizeRequest, withParameters } from "./authorize-request.js";
import { consentPage } from "./consent-page.js";

/**
 * `GET /oauth/`, Pinterest's authorization endpoint (RFC 6749 §4.1.1): the consent page, or with
 * `autoApprove` a redirect carrying a code at once.
 */
export function authorizePage(request: MockRequest, response: ServerResponse, context: MockContext): void {
  const query = parseForm(request.search);
  if (!query.ok) {
    sendError(response, "invalidParameters");
    return;
  }
  const check = checkAuthorizeRequest(query.fields, context);
  if (check.kind !== "ok") {
    answerFailure(check, response, 302);
    return;
  }
  if (context.options.autoApprove) {
    approve(check, response, context, 302);
    return;
  }
  sendHtml(
    response,
    200,
    consentPage({
      appName: check.client.appName,
      clientId: check.client.clientId,
      redirectUri: check.redirectUri,
      scopes: check.scopes,
      state: check.state,
    }),
  );
}

/**
 * `POST /oauth/`: the consent form's answer. The request is checked again from the posted fields
 * (the page keeps no server state), then the browser is sent to the redirect URI with a code
 * (`decision=approve`) or `error=access_denied` (`decision=deny`), RFC 6749 §4.1.2.
 */
export function authorizeDecision(request: MockRequest, response: ServerResponse, context: MockContext): void {
  if (!isFormRequest(request.headers)) {
    sendError(response, "unsupportedMediaType");
    return;
  }
  const form = request.form ?? parseForm(request.body);
  if (!form.ok) {
    sendError(response, "invalidRequestBody");
    return;
  }
  const check = checkAuthorizeRequest(form.fields, context);
  if (check.kind !== "ok") {
    answerFailure(check, response, 303);
    return;
  }
  const decision = form.fields.decision;
  if (decision === "approve") {
    approve(check, response, context, 303);
    return;
  }
  if (decision === "deny") {
    sendRedirect(response, 303, withParameters(check.redirectUri, { error: "access_denied", state: check.state }));
    return;
  }
  sendError(response, "invalidParameters");
}

function approve(
  check: Extract<AuthorizeCheck, { kind: "ok" }>,
  response: ServerResponse,
  context: MockContext,
  status: 302 | 303,
): void {
  const code = context.store.issueCode(
    { clientId: check.client.clientId, redirectUri: check.redirectUri, scopes: check.scopes },
    context.now(),
  );
  sendRedirect(response, status, withParameters(check.redirectUri, { code, state: check.state }));
}

function answerFailure(check: Exclude<AuthorizeCheck, { kind: "ok" }>, response: ServerResponse, status: 302 | 303): void {
  if (check.kind === "refuse") {
    sendError(response, check.error);
    return;
  }
  const location = withParameters(check.redirectUri, {
    error: check.error,
    error_description: check.description,
    state: check.state,
  });
  sendRedirect(response, status, location);
}
