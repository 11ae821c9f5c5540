/** The signal of one attempt, and whether its own timer (rather than the caller) ended it. */
export interface AttemptSignal {
  readonly signal: AbortSignal | undefined;
  readonly timedOut: boolean;
  /** Clear the timer and the listener on the caller's signal; call it once the attempt settles. */
  done(): void;
}

const NO_TIMEOUT_DONE = () => {};

/**
 * Combine the caller's `signal` with a per-attempt timeout. Creates only what is needed: no timeout
 * means the caller's signal as is; otherwise one AbortController and one timer, both released by
 * `done()`, so a finished call leaves no timer behind (unlike `AbortSignal.timeout`, which cannot be
 * cleared, and `AbortSignal.any`, which keeps its sources alive).
 */
export function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  if (timeoutMs === Infinity) return { signal: caller, timedOut: false, done: NO_TIMEOUT_DONE };
  const controller = new AbortController();
  const state = { signal: controller.signal, timedOut: false, done };
  const timer = setTimeout(() => {
    state.timedOut = true;
    controller.abort(new DOMException(`No response within ${timeoutMs} ms`, "TimeoutError"));
  }, timeoutMs);
  const forward = () => controller.abort(caller?.reason);
  // An already aborted signal fires no event: copy its state now.
  if (caller?.aborted) forward();
  else caller?.addEventListener("abort", forward, { once: true });
  function done() {
    clearTimeout(timer);
    caller?.removeEventListener("abort", forward);
  }
  return state;
}
