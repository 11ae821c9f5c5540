import type { Client, ClientOptions } from "openapi-fetch";
import openapiFetchDefault from "openapi-fetch";
import { assertClientOptions, type PinterestCallOptions, type PinterestClientOptions } from "./client-options.js";
import { ENVIRONMENT_URLS } from "./environments.js";
import { rememberOperation } from "./errors/response-operation.js";
import { type FormValue, formUrlEncode } from "./form-body.js";
import { PINTEREST_COMMA_SEPARATED_QUERY, PINTEREST_FORM_OPERATIONS } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { querySerializerFor } from "./query-serializer.js";
import { type ResolvedRetryOptions, resolveRetryOptions } from "./retry/retry-options.js";
import { REPEATABLE_METHODS } from "./retry/retry-policy.js";
import { type RequestFetch, retryingFetch } from "./retry/retrying-fetch.js";
import { assertDuration } from "./validate.js";

/** The openapi-fetch client typed by the pinned Pinterest API v5 fragment. */
export type PinterestClient = Client<paths>;

const FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";
const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/** `"POST /oauth/token"` for every operation whose request body the spec declares as a form. */
const FORM_OPERATIONS: ReadonlySet<string> = new Set(PINTEREST_FORM_OPERATIONS);

// openapi-fetch's CommonJS build exports `exports.default = createClient`. Our CommonJS output
// require()s it with Node's interop (default = the whole exports object), so unwrap once more there.
// The default import (not `import * as`) lets bundlers drop the rest of openapi-fetch.
const interop = openapiFetchDefault as typeof openapiFetchDefault | { default: typeof openapiFetchDefault };
const createClient = typeof interop === "function" ? interop : interop.default;

type FetchInit = PinterestCallOptions & {
  headers?: Record<string, string>;
  bodySerializer?: unknown;
  fetch?: RequestFetch;
  [key: string]: unknown;
};
type Result = { response: Response };
type Send = (path: string, init?: FetchInit) => Promise<Result>;

/**
 * The init that sends a call as the spec declares it: comma-separated array query parameters
 * where it says `explode: false`, and for a form operation the body as a form with exactly the
 * form content type.
 */
function asDeclared(method: string, path: string, given: FetchInit = {}): FetchInit {
  const operation = `${method.toUpperCase()} ${path}`;
  const commaSeparated = PINTEREST_COMMA_SEPARATED_QUERY[operation];
  const init =
    commaSeparated && given.querySerializer === undefined
      ? { ...given, querySerializer: querySerializerFor(commaSeparated) }
      : given;
  if (!FORM_OPERATIONS.has(operation)) return init;
  return {
    ...init,
    bodySerializer: (body: Record<string, FormValue>) => formUrlEncode(body),
    headers: { ...init.headers, "Content-Type": FORM_CONTENT_TYPE },
  };
}

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
function withTransport(method: string, path: string, init: FetchInit = {}, transport: Transport): FetchInit {
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
  if (retry.retries === 0 && timeoutMs === Infinity) return asDeclared(method, path, { ...rest, fetch: given });
  const fetch = retryingFetch(given, {
    retry,
    repeatable: REPEATABLE_METHODS.has(method) || callRetry?.repeatWrites === true,
    timeoutMs,
    native: transport.native && callFetch === undefined,
  });
  return asDeclared(method, path, { ...rest, fetch });
}

/**
 * Create a typed client for Pinterest API v5. Bodies of form operations (per the generated table)
 * are sent as exactly `Content-Type: application/x-www-form-urlencoded` with {@link formUrlEncode},
 * whether called as `client.POST(path)` or `client.request("post", path)`. Each call goes through a
 * retrying `fetch` under openapi-fetch's middleware (see {@link retryingFetch}), so a middleware
 * such as a session's sees one answer per call; everything else is plain openapi-fetch.
 */
export function createPinterestClient(options: PinterestClientOptions = {}): PinterestClient {
  assertClientOptions(options);
  const headers = { ...options.headers, ...(options.userAgent ? { "User-Agent": options.userAgent } : {}) };
  const baseUrl = options.baseUrl ?? ENVIRONMENT_URLS[options.environment ?? "production"];
  const transport: Transport = {
    retry: resolveRetryOptions(options.retry, "createPinterestClient options.retry"),
    timeoutMs: options.timeoutMs ?? 30_000,
    fetch: options.fetch ?? runtimeFetch,
    native: options.fetch === undefined,
  };
  const client = createClient<paths>({ baseUrl, headers } satisfies ClientOptions);
  const methods = client as unknown as Record<string, Send> & {
    request: (method: string, path: string, init?: FetchInit) => Promise<Result>;
  };
  // Outcomes remember their operation, so errors built from them later can name it.
  const remembering = (operation: string) =>
    [
      (result: Result) => {
        rememberOperation(result.response, operation);
        return result;
      },
      (thrown: unknown) => {
        rememberOperation(thrown, operation);
        throw thrown;
      },
    ] as const;
  for (const method of METHODS) {
    const send = methods[method] as Send;
    methods[method] = (path, init) =>
      send(path, withTransport(method, path, init, transport)).then(...remembering(`${method} ${path}`));
  }
  const request = methods.request;
  methods.request = (method, path, init) => {
    const upper = String(method).toUpperCase();
    return request(method, path, withTransport(upper, path, init, transport)).then(...remembering(`${upper} ${path}`));
  };
  return client;
}
