/** Options of `createPinterestClient`. */
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

/**
 * Check the options when the client is created, so a wrong `baseUrl` or `fetch` is named here
 * rather than surfacing as an obscure failure on the first request.
 */
export function assertClientOptions(options: unknown): asserts options is PinterestClientOptions {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError("createPinterestClient(options) takes an options object: { baseUrl?, fetch?, headers?, userAgent? }.");
  }
  const { baseUrl, fetch, headers, userAgent } = options as Record<string, unknown>;
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
}

function safeProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return "";
  }
}
