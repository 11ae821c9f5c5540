import type { Queryable } from "./run-statement.js";

/** Runs lease attempts through a bounded number of slots per pool. */
export type AttemptSlots = <T>(attempt: () => Promise<T>, signal: AbortSignal | undefined) => Promise<T>;

const byPool = new WeakMap<Queryable, AttemptSlots>();

/**
 * The lease-attempt slots of `pool`, shared by every store on it: at most half its connections run
 * lease attempts at once, so however many sessions wait for another worker's refresh, the holders'
 * load, compareAndSet and release always find a connection (a pg.Pool hands them out first come,
 * first served).
 */
export function attemptSlotsOf(pool: Queryable): AttemptSlots {
  let slots = byPool.get(pool);
  if (!slots) {
    const max = (pool as { options?: { max?: unknown } }).options?.max;
    slots = createSlots(Math.max(1, Math.floor((typeof max === "number" && max > 0 ? max : 10) / 2)));
    byPool.set(pool, slots);
  }
  return slots;
}

function createSlots(size: number): AttemptSlots {
  let free = size;
  const queue: (() => void)[] = [];
  return async (attempt, signal) => {
    if (free === 0) {
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          queue.splice(queue.indexOf(granted), 1);
          reject(signal?.reason);
        };
        const granted = () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        };
        queue.push(granted);
        signal?.addEventListener("abort", onAbort, { once: true });
      });
    } else {
      free--;
    }
    try {
      return await attempt();
    } finally {
      const next = queue.shift();
      if (next) next();
      else free++;
    }
  };
}
