/**
 * openapi-fetch builds `new Request(url, init)` and calls `fetch(request)`, and `fetch` then copies
 * that Request again (Fetch §5.1 step 1, `new Request(input, init)`), body stream included. Passing
 * these two as the per-call `Request` and `fetch` options of `client.POST` (openapi-fetch
 * `ClientOptions.Request`) keeps the typed call and its serialization, but hands `fetch` the URL and
 * init it would have been given directly: one Request per call instead of two. Used only when the
 * caller gave no `fetch` of their own, which is promised a real Request.
 */
class PendingRequest {
  readonly method: string | undefined;
  constructor(
    readonly url: string,
    readonly init: RequestInit,
  ) {
    this.method = init.method;
  }
}

/** Per-call `Request` and `fetch` options of `client.POST` that skip the second Request copy. */
export const DIRECT_FETCH_OPTIONS = {
  Request: PendingRequest as unknown as typeof Request,
  fetch: (request: Request): Promise<Response> => {
    const pending = request as unknown as PendingRequest;
    return globalThis.fetch(pending.url, pending.init);
  },
};
