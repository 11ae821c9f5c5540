import type { ServerResponse } from "node:http";
import type { MockContext, MockRequest } from "../context.js";
import { isFormRequest } from "../http/media-type.js";
import { sendError } from "../http/respond.js";
import type { MockClient } from "../options.js";
import { coerceFormBooleans } from "../schema/coerce-form.js";
import type { Validator } from "../schema/validators.js";
import { authenticateClient } from "./client-auth.js";

/** An authenticated, schema-valid form request to a token endpoint. */
export interface TokenEndpointRequest {
  client: Readonly<Required<MockClient>>;
  form: Record<string, unknown>;
}

/**
 * The checks `POST /v5/oauth/token` and `/revoke` share, in this order: HTTP Basic client
 * authentication (401 code 2), `application/x-www-form-urlencoded` (415), a well-formed form (400
 * code 1), and the pinned request schema with no undeclared field (400 code 1). Answers the error
 * itself and returns undefined when a check fails.
 */
export function readTokenEndpointForm(
  request: MockRequest,
  response: ServerResponse,
  context: MockContext,
  validate: Validator,
): TokenEndpointRequest | undefined {
  const client = authenticateClient(request, context);
  if (client === undefined) {
    sendError(response, "authenticationFailed", { "WWW-Authenticate": 'Basic realm="Pinterest"' });
    return undefined;
  }
  if (!isFormRequest(request.headers) || request.form === undefined) {
    sendError(response, "unsupportedMediaType");
    return undefined;
  }
  if (!request.form.ok) {
    sendError(response, "invalidRequestBody");
    return undefined;
  }
  const form = coerceFormBooleans(request.form.fields, context.validators.booleanFormFields);
  if (!validate(form).valid) {
    sendError(response, "invalidRequestBody");
    return undefined;
  }
  return { client, form };
}
