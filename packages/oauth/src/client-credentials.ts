import type { PinterestScope } from "@pinterest-kit/client";
import { requestTokens } from "./request-tokens.js";
import { assertScopes } from "./scopes.js";
import type { TokenEndpoint } from "./send-token-request.js";
import type { TokenSet } from "./token-set.js";
import { assertOptionalSignal, assertOptionsObject } from "./validate.js";

/** Options of `clientCredentials` (RFC 6749 §4.4.2). */
export interface ClientCredentialsOptions {
  /** Required by Pinterest for this grant. */
  scopes: readonly PinterestScope[];
  signal?: AbortSignal;
}

/** A token for the app itself (RFC 6749 §4.4, `grant_type=client_credentials`, Pinterest requires `scope`). */
export async function clientCredentials(endpoint: TokenEndpoint, options: ClientCredentialsOptions): Promise<TokenSet> {
  assertOptionsObject(options, "clientCredentials(options)");
  assertScopes(options?.scopes, "clientCredentials options.scopes");
  assertOptionalSignal(options.signal, "clientCredentials options.signal");
  return requestTokens(
    endpoint,
    "clientCredentials",
    { grant_type: "client_credentials", scope: [...new Set(options.scopes)].join(",") },
    { signal: options.signal },
  );
}
