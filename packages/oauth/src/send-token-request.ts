import type { PinterestClient, TokenRequest, TokenRevocationRequest } from "@pinterest-kit/client";
import { attemptSignal, createRedactor } from "@pinterest-kit/client/internal";
import type { PinterestOAuthError, PinterestOAuthOperation } from "./errors.js";
import { parsePinterestError } from "./parse-pinterest-error.js";
import { type ResolvedRetryOptions, retryDelay } from "./retry.js";
import { abortedError, transportError } from "./transport-error.js";

/** What every token call shares, built once per `createPinterestOAuth`. */
export interface TokenEndpoint {
  client: PinterestClient;
  /** The per-call options of `client.POST` every call shares: the Basic `Authorization` header, `parseAs: "text"`, transport. */
  init: { headers: Readonly<Record<string, string>>; parseAs: "text"; [option: string]: unknown };
  /** The client secret and the Basic credentials, to redact from anything kept on failure. */
  secrets: readonly string[];
  timeoutMs: number;
  retry: ResolvedRetryOptions;
  clock: () => number;
}

/** A typed request to one of the two token endpoints of the OpenAPI fragment. */
export type TokenEndpointRequest =
  | { path: "/oauth/token"; body: TokenRequest }
  | { path: "/oauth/token/revoke"; body: TokenRevocationRequest };

/** A 2xx answer of a token endpoint. */
export interface TokenEndpointResponse {
  response: Response;
  /** The body as text (openapi-fetch `parseAs: "text"`), so a non-JSON 2xx body is ours to judge. */
  text: string | undefined;
  receivedAt: number;
}

/**
 * Send one request to a token endpoint through the typed client (`POST /oauth/token` or
 * `/oauth/token/revoke`), repeating it only as {@link isRetryable} allows. Resolves with any 2xx
 * response; rejects with a {@link PinterestOAuthError} otherwise. `secret` is the code or token the
 * body carries, redacted from anything kept on failure.
 */
export async function sendTokenRequest(
  endpoint: TokenEndpoint,
  operation: PinterestOAuthOperation,
  request: TokenEndpointRequest,
  options: { signal?: AbortSignal | undefined; secret?: string | undefined },
): Promise<TokenEndpointResponse> {
  const { signal } = options;
  const redact = () => createRedactor([...endpoint.secrets, options.secret]);
  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) throw abortedError(operation, signal.reason, redact());
    try {
      return await sendOnce(endpoint, operation, request, signal, redact);
    } catch (error) {
      const failure = error as PinterestOAuthError;
      if (!failure.retryable || attempt >= endpoint.retry.retries) throw failure;
      const delay = retryDelay(failure, attempt, endpoint.retry);
      if (delay === undefined) throw failure;
      // An injected sleep may reject when the signal aborts; the check at the top turns that into `aborted`.
      await endpoint.retry.sleep(delay, signal).catch(() => {});
    }
  }
}

async function sendOnce(
  endpoint: TokenEndpoint,
  operation: PinterestOAuthOperation,
  request: TokenEndpointRequest,
  callerSignal: AbortSignal | undefined,
  redact: () => ReturnType<typeof createRedactor>,
): Promise<TokenEndpointResponse> {
  const attempt = attemptSignal(callerSignal, endpoint.timeoutMs);
  let result: { response: Response; data?: unknown; error?: unknown };
  try {
    const { init } = endpoint;
    const signal = attempt.signal;
    result =
      request.path === "/oauth/token"
        ? await endpoint.client.POST("/oauth/token", { ...init, signal, body: request.body })
        : await endpoint.client.POST("/oauth/token/revoke", { ...init, signal, body: request.body });
  } catch (thrown) {
    throw transportError(thrown, {
      operation,
      timedOut: attempt.timedOut,
      callerAborted: callerSignal?.aborted === true,
      timeoutMs: endpoint.timeoutMs,
      redact: redact(),
    });
  } finally {
    attempt.done();
  }
  const { response } = result;
  if (response.ok) return { response, text: result.data as string | undefined, receivedAt: endpoint.clock() };
  throw parsePinterestError({ operation, response, body: result.error, redact: redact(), now: endpoint.clock() });
}
