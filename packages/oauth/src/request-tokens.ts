import type { TokenRequest } from "@pinterest-kit/client";
import { createRedactor } from "@pinterest-kit/client/internal";
import { ADVICE } from "./error-kinds.js";
import { PinterestOAuthError, type PinterestOAuthOperation } from "./errors.js";
import { requestIdOf } from "./parse-pinterest-error.js";
import { isJsonMediaType, tokenSetFromResponse } from "./parse-token-response.js";
import { sendTokenRequest, type TokenEndpoint } from "./send-token-request.js";
import type { TokenSet } from "./token-set.js";

/**
 * `POST /oauth/token` with one grant (RFC 6749 §4.1.3, §4.4.2, §6) and the checked {@link TokenSet}
 * of its answer; a 2xx body that is not a valid token response rejects with `invalid_response`.
 */
export async function requestTokens(
  endpoint: TokenEndpoint,
  operation: PinterestOAuthOperation,
  body: TokenRequest,
  options: { signal?: AbortSignal | undefined; secret?: string | undefined },
): Promise<TokenSet> {
  const { response, text, receivedAt } = await sendTokenRequest(endpoint, operation, { path: "/oauth/token", body }, options);
  // A 200 page that is not JSON (a captive portal, a proxy's HTML) may still parse by accident; never take tokens from it.
  const result = isJsonMediaType(response.headers.get("content-type"))
    ? tokenSetFromResponse(text, receivedAt)
    : { problem: "the body is not application/json", tokens: undefined };
  if (result.tokens) return result.tokens;
  const requestId = requestIdOf(response, createRedactor([...endpoint.secrets, options.secret]));
  const contentType = response.headers.get("content-type")?.slice(0, 60) ?? "no content type";
  throw new PinterestOAuthError(
    `${operation} failed: HTTP ${response.status} (${contentType}) but ${result.problem}${requestId ? ` (x-pinterest-rid ${requestId})` : ""}. ${ADVICE.invalid_response}`,
    { kind: "invalid_response", operation, status: response.status, requestId },
  );
}
