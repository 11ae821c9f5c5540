import type { Client, ClientOptions } from "openapi-fetch";
import * as openapiFetch from "openapi-fetch";
import { rememberClientFetch } from "./client-fetch.js";
import { assertClientOptions, type PinterestClientOptions } from "./client-options.js";
import { type FormValue, formUrlEncode } from "./form-body.js";
import { PINTEREST_OPERATIONS, PINTEREST_SERVER_URL } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";

/** The openapi-fetch client typed by the pinned Pinterest API v5 fragment. */
export type PinterestClient = Client<paths>;

const FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";
const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/** `"POST /oauth/token"` for every operation whose request body the spec declares as a form. */
const FORM_OPERATIONS: ReadonlySet<string> = new Set(
  Object.values(PINTEREST_OPERATIONS)
    .filter((operation) => operation.requestContentType === FORM_CONTENT_TYPE)
    .map((operation) => `${operation.method} ${operation.path}`),
);

// openapi-fetch's CommonJS build exports `exports.default = createClient`. Our CommonJS output
// require()s it with Node's interop (default = the whole exports object), so unwrap once more there.
const interop = openapiFetch as unknown as { default: typeof openapiFetch.default | { default: typeof openapiFetch.default } };
const createClient = typeof interop.default === "function" ? interop.default : interop.default.default;

type FetchInit = { headers?: Record<string, string>; bodySerializer?: unknown; [key: string]: unknown };
type Send = (path: string, init?: FetchInit) => Promise<unknown>;

/** For a form operation, the init that serializes its body as a form with exactly the form content type. */
function withFormBody(method: string, path: string, init: FetchInit = {}): FetchInit {
  if (!FORM_OPERATIONS.has(`${method.toUpperCase()} ${path}`)) return init;
  return {
    ...init,
    bodySerializer: (body: Record<string, FormValue>) => formUrlEncode(body),
    headers: { ...init.headers, "Content-Type": FORM_CONTENT_TYPE },
  };
}

/**
 * Create a typed client for Pinterest API v5. Bodies of form operations (per the generated table)
 * are sent as exactly `Content-Type: application/x-www-form-urlencoded` with {@link formUrlEncode},
 * whether called as `client.POST(path)` or `client.request("post", path)`; everything else is
 * plain openapi-fetch.
 */
export function createPinterestClient(options: PinterestClientOptions = {}): PinterestClient {
  assertClientOptions(options);
  const headers = { ...options.headers, ...(options.userAgent ? { "User-Agent": options.userAgent } : {}) };
  const clientOptions: ClientOptions = { baseUrl: options.baseUrl ?? PINTEREST_SERVER_URL, headers };
  if (options.fetch) clientOptions.fetch = options.fetch;
  const client = createClient<paths>(clientOptions);
  rememberClientFetch(client, options.fetch);
  const methods = client as unknown as Record<string, Send> & {
    request: (method: string, path: string, init?: FetchInit) => Promise<unknown>;
  };
  for (const method of METHODS) {
    const send = methods[method] as Send;
    methods[method] = (path, init) => send(path, withFormBody(method, path, init));
  }
  const request = methods.request;
  methods.request = (method, path, init) => request(method, path, withFormBody(method, path, init));
  return client;
}
