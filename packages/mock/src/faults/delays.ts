/**
 * The waits of `delay` faults. A delayed request is answered (and processed) after its wait even if
 * the client has given up, as a real server would: a code exchange that timed out on the client
 * still spends the code. Timers are unref'd so they never keep a process alive, and
 * {@link Delays.cancelAll} (on close) ends every pending wait at once.
 */
export class Delays {
  readonly #pending = new Set<() => void>();
  #closed = false;

  /** Resolves true after `ms`, or false when cancelled first. */
  wait(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      if (this.#closed) return resolve(false);
      const finish = (completed: boolean): void => {
        clearTimeout(timer);
        this.#pending.delete(cancel);
        resolve(completed);
      };
      const cancel = (): void => finish(false);
      const timer = setTimeout(() => finish(true), ms);
      timer.unref();
      this.#pending.add(cancel);
    });
  }

  /** End every pending wait (resolving false) and refuse new ones. */
  cancelAll(): void {
    this.#closed = true;
    for (const cancel of [...this.#pending]) cancel();
  }

  get size(): number {
    return this.#pending.size;
  }
}
