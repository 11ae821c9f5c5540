import type { TokenRevocationRequest } from "@pinterest-kit/client";
import { sendTokenRequest, type TokenEndpoint } from "./send-token-request.js";
import { assertCredential, assertOptionalSignal, assertOptionsObject } from "./validate.js";

/** Options of `revokeToken` (RFC 7009 §2.1). */
export interface RevokeTokenOptions {
  /** Which kind of token this is (RFC 7009 §2.1). */
  tokenTypeHint?: NonNullable<TokenRevocationRequest["token_type_hint"]>;
  signal?: AbortSignal;
}

/**
 * Revoke an access or refresh token (RFC 7009 §2.1, Pinterest `POST /oauth/token/revoke`; Pinterest
 * supports this for system-user tokens). Resolves once Pinterest answers 2xx; not repeated once the
 * request may have reached the server.
 */
export async function revokeToken(endpoint: TokenEndpoint, token: string, options: RevokeTokenOptions = {}): Promise<void> {
  assertCredential(token, "revokeToken(token)");
  assertOptionsObject(options, "revokeToken(token, options)");
  const hint = options.tokenTypeHint;
  if (hint !== undefined && hint !== "access_token" && hint !== "refresh_token") {
    throw new TypeError('revokeToken options.tokenTypeHint must be "access_token" or "refresh_token".');
  }
  assertOptionalSignal(options.signal, "revokeToken options.signal");
  await sendTokenRequest(
    endpoint,
    "revokeToken",
    { path: "/oauth/token/revoke", body: { token, token_type_hint: hint } },
    { signal: options.signal, secret: token },
  );
}
