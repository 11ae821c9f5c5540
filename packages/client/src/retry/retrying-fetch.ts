import { attemptSignal } from "./attempt-signal.js";
import { isConnectFailure, isConnectionReset } from "./connect-failure.js";
import { parseRetryAfter } from "./retry-after.js";
import { type ResolvedRetryOptions, retryDelay } from "./retry-options.js";
import { mayRepeat } from "./retry-policy.js";

/** The `fetch` openapi-fetch calls: a Request, and undici's optional second argument. */
export type RequestFetch = (request: Request, init?: RequestInit) => Promise<Response>;

/** What one call's transport needs to know. */
export interface RetryingFetchOptions {
  retry: ResolvedRetryOptions;
  /** The method is safe, or the caller opted this write in. */
  repeatable: boolean;
  /** Per attempt; `Infinity` for none. */
  timeoutMs: number;
  /** The runtime's own `fetch`, which takes a `signal` in its init: no Request copy per attempt. */
  native: boolean;
}

/**
 * A `fetch` that repeats an attempt per {@link mayRepeat}, waiting `Retry-After` (up to the cap; a
 * longer one returns the answer as is) or exponential backoff with jitter, each attempt under its
 * own `timeoutMs` combined with the request's signal. It sits under openapi-fetch's middleware, so
 * a middleware sees one answer per call whatever the attempts (a 401 is never repeated here).
 * A call that gets no answer rejects as `fetch` does (a TypeError with the socket error in `cause`,
 * the signal's reason on abort, a `TimeoutError` when `timeoutMs` passed); `unwrap` and `paginate`
 * turn that into a `PinterestApiError`. Keeping the error types out of here keeps them out of the
 * bundle of an app that only calls `client.GET`.
 */
export function retryingFetch(fetch: RequestFetch, options: RetryingFetchOptions): RequestFetch {
  const { retry } = options;
  return async (request, init) => {
    const callerSignal = request.signal;
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= retry.retries;
      // fetch consumes a body: keep a copy for the next attempt while one may follow.
      const sent = last || request.body === null ? request : request.clone();
      const timer = attemptSignal(callerSignal, options.timeoutMs);
      let response: Response;
      try {
        response = await send(fetch, sent, init, timer.signal, options);
      } catch (thrown) {
        const callerAborted = callerSignal.aborted;
        const failure = { connectFailed: isConnectFailure(thrown), reset: isConnectionReset(thrown) };
        if (callerAborted || timer.timedOut || last || !mayRepeat(failure, options)) throw thrown;
        await pause(retry, undefined, attempt, callerSignal);
        continue;
      } finally {
        timer.done();
      }
      if (last || !mayRepeat({ status: response.status }, options)) return response;
      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), Date.now());
      if (retryAfterMs !== undefined && retryAfterMs > retry.maxRetryAfterMs) return response;
      await response.body?.cancel().catch(() => {});
      await pause(retry, retryAfterMs, attempt, callerSignal);
    }
  };
}

function send(
  fetch: RequestFetch,
  request: Request,
  init: RequestInit | undefined,
  signal: AbortSignal | undefined,
  options: RetryingFetchOptions,
): Promise<Response> {
  if (signal === undefined || signal === request.signal) return fetch(request, init);
  // The runtime's fetch copies the Request anyway and takes the signal from its init; a custom
  // fetch was promised a Request, so it gets one that carries the attempt's signal.
  return options.native ? fetch(request, { ...init, signal }) : fetch(new Request(request, { signal }), init);
}

async function pause(retry: ResolvedRetryOptions, retryAfterMs: number | undefined, attempt: number, signal: AbortSignal) {
  await retry.sleep(retryDelay(retryAfterMs, attempt, retry) ?? 0, signal);
  // What fetch would have rejected with, had the signal fired during an attempt.
  if (signal.aborted) throw signal.reason;
}
