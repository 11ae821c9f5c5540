import { createRedactor } from "@pinterest-kit/client/internal";
import * as advice from "./advice.js";
import { kindFromOAuthError } from "./error-kinds.js";
import { PinterestOAuthError, type PinterestOAuthErrorKind } from "./errors.js";
import { assertNonEmptyString, assertOptionsObject } from "./validate.js";

/** Advice for every kind an authorization error code maps to (`OAUTH_ERROR_CODES`), and no more: this runs in browsers. */
const CALLBACK_ADVICE: Partial<Record<PinterestOAuthErrorKind, string>> = {
  invalid_request: advice.INVALID_REQUEST,
  invalid_client: advice.INVALID_CLIENT,
  invalid_grant: advice.INVALID_GRANT,
  forbidden: advice.FORBIDDEN,
  access_denied: advice.ACCESS_DENIED,
  server_error: advice.SERVER_ERROR,
};

/** The parts of the redirect back from Pinterest's consent page. */
export interface AuthorizationCallback {
  code: string;
  state: string;
}

/**
 * Read the authorization response from the redirect URI (RFC 6749 §4.1.2, errors §4.1.2.1): check
 * `state` against the one sent, turn `error=access_denied` and other errors into a
 * {@link PinterestOAuthError}, and return the `code`. Accepts a full URL, a query string or URLSearchParams.
 * The state is checked first, on errors too: §4.1.2.1 returns it with them, so an error without
 * the expected state may be a forged redirect and is reported as `state_mismatch`, not believed.
 */
export function parseCallback(input: string | URL | URLSearchParams, options: { expectedState: string }): AuthorizationCallback {
  const params = callbackParams(input);
  assertOptionsObject(options, "parseCallback(input, options)");
  assertNonEmptyString(options?.expectedState, "parseCallback options.expectedState");
  const state = params.get("state");
  const error = params.get("error");
  if (state === null || !sameString(state, options.expectedState)) {
    throw new PinterestOAuthError(
      `The callback's state ${state === null ? "is missing" : "does not match the expected state"}. ${advice.STATE_MISMATCH}`,
      { kind: "state_mismatch", operation: "parseCallback" },
    );
  }
  if (error !== null) {
    const kind = kindFromOAuthError(error) ?? "invalid_request";
    const description = params.get("error_description") ?? undefined;
    const pinterestMessage =
      description === undefined ? undefined : createRedactor([params.get("code") ?? undefined])(description).slice(0, 300);
    const said = pinterestMessage ? `: ${pinterestMessage}` : "";
    throw new PinterestOAuthError(`Authorization failed with error "${error.slice(0, 60)}"${said}. ${CALLBACK_ADVICE[kind]}`, {
      kind,
      operation: "parseCallback",
      oauthError: error.slice(0, 60),
      pinterestMessage,
    });
  }
  const code = params.get("code");
  if (!code) {
    throw new PinterestOAuthError("The callback carries neither code nor error; was this URL really Pinterest's redirect?", {
      kind: "invalid_response",
      operation: "parseCallback",
    });
  }
  return { code, state };
}

function callbackParams(input: unknown): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
  if (input instanceof URL) return input.searchParams;
  if (typeof input !== "string") {
    throw new TypeError("parseCallback(input) must be the callback URL (string or URL) or its URLSearchParams.");
  }
  if (URL.canParse(input)) return new URL(input).searchParams;
  const query = input.includes("?") ? input.slice(input.indexOf("?") + 1) : input;
  return new URLSearchParams(query.split("#")[0]);
}

/** Compare without an early exit, so timing does not reveal how much of a guess was right. */
function sameString(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) difference |= (a.charCodeAt(i) || 0) ^ b.charCodeAt(i);
  return difference === 0;
}
