import { type CallInit, createBareClient, type PinterestClient } from "./bare-client.js";
import { assertClientOptions, type PinterestCallOptions, type PinterestClientOptions } from "./client-options.js";
import { ENVIRONMENT_URLS } from "./environments.js";
import { type ResolvedRetryOptions, resolveRetryOptions } from "./retry/retry-options.js";
import { REPEATABLE_METHODS } from "./retry/retry-policy.js";
import { type RequestFetch, retryingFetch } from "./retry/retrying-fetch.js";
import { assertDuration } from "./validate.js";

/** How a client sends each call: its retry options, timeout and `fetch`. */
interface Transport {
  retry: ResolvedRetryOptions;
  timeoutMs: number;
  fetch: RequestFetch;
  /** No `fetch` was given: the runtime's own, which takes a signal in its init. */
  native: boolean;
}

const runtimeFetch: RequestFetch = (request, init) => globalThis.fetch(request, init);

/** The init of one call: its per-call options taken out and turned into the retrying `fetch` under the middleware. */
function withTransport(method: string, path: string, init: CallInit & PinterestCallOptions, transport: Transport): CallInit {
  const { retry: callRetry, timeoutMs: callTimeout, fetch: callFetch, ...rest } = init;
  if (callTimeout !== undefined)
    assertDuration(callTimeout, `${method} ${path} options.timeoutMs`, { allowInfinity: true, min: 1 });
  const retry =
    callRetry === undefined
      ? transport.retry
      : resolveRetryOptions({ ...transport.retry, ...callRetry }, `${method} ${path} options.retry`);
  const timeoutMs = callTimeout ?? transport.timeoutMs;
  const given = callFetch ?? transport.fetch;
  // Nothing to repeat and no timer: the call's fetch as is, exactly plain openapi-fetch.
  if (retry.retries === 0 && timeoutMs === Infinity) return { ...rest, fetch: given };
  const fetch = retryingFetch(given, {
    retry,
    repeatable: REPEATABLE_METHODS.has(method) || callRetry?.repeatWrites === true,
    timeoutMs,
    native: transport.native && callFetch === undefined,
  });
  return { ...rest, fetch };
}

/**
 * Create a typed client for Pinterest API v5: the bare client (calls sent as the spec declares
 * them, see `createBareClient`) with each call going through a retrying `fetch` under
 * openapi-fetch's middleware (see {@link retryingFetch}), so a middleware such as a session's sees
 * one answer per call; everything else is plain openapi-fetch.
 */
export function createPinterestClient(options: PinterestClientOptions = {}): PinterestClient {
  assertClientOptions(options);
  const transport: Transport = {
    retry: resolveRetryOptions(options.retry, "createPinterestClient options.retry"),
    timeoutMs: options.timeoutMs ?? 30_000,
    fetch: options.fetch ?? runtimeFetch,
    native: options.fetch === undefined,
  };
  return createBareClient({
    baseUrl: options.baseUrl ?? ENVIRONMENT_URLS[options.environment ?? "production"],
    headers: { ...options.headers, ...(options.userAgent ? { "User-Agent": options.userAgent } : {}) },
    prepare: (method, path, init) => withTransport(method, path, init, transport),
  });
}
