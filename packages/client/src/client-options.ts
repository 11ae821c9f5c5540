import type { PinterestEnvironment } from "./environments.js";
import type { RetryOptions } from "./retry/retry-options.js";
import { assertDuration } from "./validate.js";

/** Options of `createPinterestClient`. */
export interface PinterestClientOptions {
  /** `"production"` (default, `https://api.pinterest.com/v5`) or `"sandbox"` (`https://api-sandbox.pinterest.com/v5`). */
  environment?: PinterestEnvironment;
  /** Wins over `environment` when given. */
  baseUrl?: string;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: (input: Request) => Promise<Response>;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Sent as `User-Agent` where the runtime allows it. */
  userAgent?: string;
  /**
   * Repeats of GET and HEAD on 429, 500, 502, 503, 504 and a refused or reset connection, and of
   * any call whose connection was refused (nothing was sent). Default `{ retries: 2 }`; `{ retries: 0 }` turns them off.
   */
  retry?: RetryOptions;
  /** Each attempt is aborted after this long; default 30 000 ms, `Infinity` for none. */
  timeoutMs?: number;
}

/** Per-call options beside openapi-fetch's, e.g. `client.POST("/pins", { body, retry: { repeatWrites: true } })`. */
export interface PinterestCallOptions {
  /** This call's retry options, over the client's; `repeatWrites: true` lets a POST, PATCH or DELETE be repeated. */
  retry?: RetryOptions & { repeatWrites?: boolean };
  /** This call's per-attempt timeout, over the client's. */
  timeoutMs?: number;
}

const ENVIRONMENTS = new Set(["production", "sandbox"]);

/**
 * Check the options when the client is created, so a wrong `baseUrl` or `fetch` is named here
 * rather than surfacing as an obscure failure on the first request.
 */
export function assertClientOptions(options: unknown): asserts options is PinterestClientOptions {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(
      "createPinterestClient(options) takes an options object: { environment?, baseUrl?, fetch?, headers?, userAgent?, retry?, timeoutMs? }.",
    );
  }
  const { baseUrl, fetch, headers, userAgent, environment, timeoutMs } = options as Record<string, unknown>;
  if (environment !== undefined && !ENVIRONMENTS.has(environment as string)) {
    throw new TypeError('createPinterestClient options.environment must be "production" or "sandbox".');
  }
  if (baseUrl !== undefined && (typeof baseUrl !== "string" || !/^https?:$/.test(safeProtocol(baseUrl)))) {
    throw new TypeError(
      'createPinterestClient options.baseUrl must be an absolute http(s) URL such as "https://api.pinterest.com/v5".',
    );
  }
  if (fetch !== undefined && typeof fetch !== "function") {
    throw new TypeError("createPinterestClient options.fetch must be a fetch function.");
  }
  if (headers !== undefined && (headers === null || typeof headers !== "object" || Array.isArray(headers))) {
    throw new TypeError("createPinterestClient options.headers must be an object of header names to string values.");
  }
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value !== "string") throw new TypeError(`createPinterestClient options.headers["${name}"] must be a string.`);
  }
  if (userAgent !== undefined && (typeof userAgent !== "string" || userAgent === "")) {
    throw new TypeError("createPinterestClient options.userAgent must be a non-empty string.");
  }
  if (timeoutMs !== undefined)
    assertDuration(timeoutMs, "createPinterestClient options.timeoutMs", { allowInfinity: true, min: 1 });
}

function safeProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return "";
  }
}
