import type { PinterestClient } from "@pinterest-kit/client";
import type { TokenSet } from "../token-set.js";
import { isClientAuthenticatedPath, missingScopeError, missingScopes } from "./scope-check.js";

/**
 * openapi-fetch's `Middleware`, taken from the client's `use()` so this package needs no direct
 * dependency on openapi-fetch.
 */
export type Middleware = Parameters<PinterestClient["use"]>[number];

/** Where {@link bearerMiddleware} gets tokens: a session. */
export interface BearerSource {
  getAccessToken(options: { signal?: AbortSignal }): Promise<string>;
  /** New tokens after `accessToken` was rejected: a refresh shared with any in flight, or tokens someone already got. */
  refreshAfterRejection(accessToken: string): Promise<TokenSet>;
  /** The scopes the current token was granted; empty when unknown. */
  scopes(): readonly string[];
}

/** Options of `session.middleware()`. */
export interface MiddlewareOptions {
  /**
   * Refuse, before sending, an operation none of whose security alternatives (the generated table's
   * `security`) the token's scopes cover; default `true`. Tokens whose scopes are unknown are not checked.
   */
  checkScopes?: boolean;
}

/**
 * An openapi-fetch middleware that sends `Authorization: Bearer …` (RFC 6750 §2.1) on every request
 * but the token endpoints, and, on a 401 whose body says the token is invalid (Pinterest code 2 or
 * RFC 6750 `invalid_token`), refreshes once and replays the request once, body included. The
 * replay bypasses the middleware chain, so a second 401 is returned as it is; a 401 with code 3
 * (insufficient permissions) is not refreshed, since a refresh adds no scopes. The client's
 * retries happen inside `fetch`, below this middleware, so a call sees one refresh whatever its
 * attempts. With `checkScopes` (default), an operation the token's scopes cannot cover rejects
 * with a `PinterestApiError` of kind `insufficient_scope` before anything is sent.
 */
export function bearerMiddleware(source: BearerSource, options: MiddlewareOptions = {}): Middleware {
  if (options === null || typeof options !== "object")
    throw new TypeError("session.middleware(options) takes an options object.");
  if (options.checkScopes !== undefined && typeof options.checkScopes !== "boolean") {
    throw new TypeError("session.middleware options.checkScopes must be true or false.");
  }
  const checkScopes = options.checkScopes ?? true;
  const sent = new WeakMap<Request, { token: string; replay: Request | undefined }>();
  return {
    async onRequest({ request, schemaPath }) {
      if (isClientAuthenticatedPath(schemaPath)) return undefined;
      if (checkScopes) {
        const operation = `${request.method} ${schemaPath}`;
        const granted = source.scopes();
        const missing = missingScopes(operation, granted);
        if (missing.length > 0) throw missingScopeError(operation, missing, granted);
      }
      const token = await source.getAccessToken({ signal: request.signal });
      request.headers.set("Authorization", `Bearer ${token}`);
      // fetch consumes a body: keep a copy now. A request without one can be copied later.
      sent.set(request, { token, replay: request.body === null ? undefined : request.clone() });
      return request;
    },
    async onResponse({ request, response, options }) {
      if (response.status !== 401) return undefined;
      const original = sent.get(request);
      if (original === undefined || !(await saysInvalidToken(response))) return undefined;
      sent.delete(request);
      const tokens = await source.refreshAfterRejection(original.token);
      const replay = original.replay ?? new Request(request);
      replay.headers.set("Authorization", `Bearer ${tokens.accessToken}`);
      return options.fetch(replay);
    },
  };
}

/** Pinterest's `{code: 2}` ("Authentication failed"), RFC 6750 §3.1 `invalid_token` in the body or `WWW-Authenticate`. */
async function saysInvalidToken(response: Response): Promise<boolean> {
  if (/error="?invalid_token/.test(response.headers.get("www-authenticate") ?? "")) return true;
  try {
    const body = JSON.parse(await response.clone().text()) as { code?: unknown; error?: unknown } | null;
    return body?.code === 2 || body?.error === "invalid_token";
  } catch {
    return false;
  }
}
