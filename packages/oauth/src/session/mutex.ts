/** Releases a held lock. */
export type Release = () => Promise<void>;

/**
 * A first-come-first-served lock within one JavaScript realm. A waiter whose `signal` aborts leaves
 * the queue (rejecting with the signal's reason) without blocking the ones behind it.
 */
export function createMutex(): (signal?: AbortSignal) => Promise<Release> {
  let tail: Promise<void> = Promise.resolve();
  return async (signal) => {
    signal?.throwIfAborted();
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = tail;
    tail = previous.then(() => held);
    try {
      await untilAborted(previous, signal);
    } catch (reason) {
      void previous.then(release);
      throw reason;
    }
    return async () => release();
  };
}

/** Settle as `promise` does, or reject with `signal`'s reason once it aborts. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
