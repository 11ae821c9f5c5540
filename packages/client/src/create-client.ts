import type { Client, ClientOptions } from "openapi-fetch";
import * as openapiFetch from "openapi-fetch";
import { type FormValue, formUrlEncode } from "./form-body.js";
import { PINTEREST_OPERATIONS, PINTEREST_SERVER_URL } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";

/** The openapi-fetch client typed by the pinned Pinterest API v5 fragment. */
export type PinterestClient = Client<paths>;

export interface PinterestClientOptions {
  /** Defaults to the spec's server, `https://api.pinterest.com/v5`. */
  baseUrl?: string;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: (input: Request) => Promise<Response>;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Sent as `User-Agent` where the runtime allows it. */
  userAgent?: string;
}

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

/**
 * Create a typed client for Pinterest API v5. Bodies of form operations (per the generated table)
 * are sent as exactly `Content-Type: application/x-www-form-urlencoded` with {@link formUrlEncode};
 * everything else is plain openapi-fetch.
 */
export function createPinterestClient(options: PinterestClientOptions = {}): PinterestClient {
  const headers = { ...options.headers, ...(options.userAgent ? { "User-Agent": options.userAgent } : {}) };
  const clientOptions: ClientOptions = { baseUrl: options.baseUrl ?? PINTEREST_SERVER_URL, headers };
  if (options.fetch) clientOptions.fetch = options.fetch;
  const client = createClient<paths>(clientOptions);
  for (const method of METHODS) {
    const send = client[method] as (path: string, init?: FetchInit) => Promise<unknown>;
    const sendForm = (path: string, init: FetchInit = {}) =>
      send(path, {
        ...init,
        bodySerializer: (body: Record<string, FormValue>) => formUrlEncode(body),
        headers: { ...init.headers, "Content-Type": FORM_CONTENT_TYPE },
      });
    (client as unknown as Record<string, unknown>)[method] = (path: string, init?: FetchInit) =>
      FORM_OPERATIONS.has(`${method} ${path}`) ? sendForm(path, init) : send(path, init);
  }
  return client;
}
