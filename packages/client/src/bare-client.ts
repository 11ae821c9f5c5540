import type { Client, ClientOptions } from "openapi-fetch";
import openapiFetchDefault from "openapi-fetch";
import { rememberOperation } from "./errors/response-operation.js";
import { type FormValue, formUrlEncode } from "./form-body.js";
import { PINTEREST_COMMA_SEPARATED_QUERY, PINTEREST_FORM_OPERATIONS } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { querySerializerFor } from "./query-serializer.js";
import type { RequestFetch } from "./retry/retrying-fetch.js";

/** The openapi-fetch client typed by the pinned Pinterest API v5 fragment. */
export type PinterestClient = Client<paths>;

/** The init of one call as openapi-fetch takes it, with this package's per-call options still in it. */
export type CallInit = {
  headers?: Record<string, string>;
  bodySerializer?: unknown;
  querySerializer?: unknown;
  fetch?: RequestFetch;
  [key: string]: unknown;
};

/** Options of {@link createBareClient}. */
export interface BareClientOptions {
  baseUrl: string;
  headers?: Record<string, string>;
  /** A `fetch` to use instead of the global one. */
  fetch?: (input: Request) => Promise<Response>;
  /** Given each call's method (upper case), path and init; returns the init openapi-fetch sends. */
  prepare?: (method: string, path: string, init: CallInit) => CallInit;
}

const FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";
const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/** `"POST /oauth/token"` for every operation whose request body the spec declares as a form. */
const FORM_OPERATIONS: ReadonlySet<string> = /* @__PURE__ */ new Set(PINTEREST_FORM_OPERATIONS);

// openapi-fetch's CommonJS build exports `exports.default = createClient`. Our CommonJS output
// require()s it with Node's interop (default = the whole exports object), so unwrap once more there.
// The default import (not `import * as`) lets bundlers drop the rest of openapi-fetch.
const createClient = /* @__PURE__ */ (() => {
  const interop = openapiFetchDefault as typeof openapiFetchDefault | { default: typeof openapiFetchDefault };
  return typeof interop === "function" ? interop : interop.default;
})();

type Result = { response: Response };
type Send = (path: string, init?: CallInit) => Promise<Result>;

/**
 * The init that sends a call as the spec declares it: comma-separated array query parameters
 * where it says `explode: false`, and for a form operation the body as a form with exactly the
 * form content type.
 */
function asDeclared(method: string, path: string, given: CallInit): CallInit {
  const operation = `${method} ${path}`;
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

/**
 * The typed client with no retries and no timeouts of its own: every call is sent as the spec
 * declares it (form bodies of form operations with {@link formUrlEncode}, whether called as
 * `client.POST(path)` or `client.request("post", path)`) and its outcome remembers the operation,
 * so errors built from it can name it. `createPinterestClient` adds its transport through
 * `prepare`; `@pinterest-kit/oauth` uses it as is, since token requests repeat by its own policy.
 */
export function createBareClient(options: BareClientOptions): PinterestClient {
  const { prepare } = options;
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    headers: options.headers,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  } satisfies ClientOptions);
  const methods = client as unknown as Record<string, Send> & {
    request: (method: string, path: string, init?: CallInit) => Promise<Result>;
  };
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
  const declared = (method: string, path: string, init: CallInit = {}) =>
    asDeclared(method, path, prepare ? prepare(method, path, init) : init);
  for (const method of METHODS) {
    const send = methods[method] as Send;
    methods[method] = (path, init) => send(path, declared(method, path, init)).then(...remembering(`${method} ${path}`));
  }
  const request = methods.request;
  methods.request = (method, path, init) => {
    const upper = String(method).toUpperCase();
    return request(method, path, declared(upper, path, init)).then(...remembering(`${upper} ${path}`));
  };
  return client;
}
