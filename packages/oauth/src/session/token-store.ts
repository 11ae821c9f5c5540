import { TokenSet } from "../token-set.js";
import { createMutex, type Release } from "./mutex.js";

/**
 * Where a session keeps its tokens so they survive restarts and are shared between processes.
 * `compareAndSet` is the only write: it stores `next` only if the store still holds `prev`
 * (`undefined`: empty), so two writers can never silently overwrite each other's rotated token.
 */
export interface TokenStore {
  load(): Promise<TokenSet | undefined>;
  /** Store `next` if the store holds tokens equal to `prev`; resolve whether it did. */
  compareAndSet(prev: TokenSet | undefined, next: TokenSet): Promise<boolean>;
  /**
   * Optional: hold an exclusive lock across one load → refresh → compareAndSet, so sessions in
   * several processes sharing the store refresh once between them. Rejects when `signal` aborts.
   * A release that rejects is ignored (nothing is written through it), so a shared store's lock
   * must also end by itself, as a lease does.
   */
  lock?(options?: { signal?: AbortSignal }): Promise<Release>;
}

/** Whether two stored values are the same tokens (same JSON form). */
export function sameTokens(a: TokenSet | undefined, b: TokenSet | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return JSON.stringify(a.toJSON()) === JSON.stringify(b.toJSON());
}

/** Check that `value` is a usable {@link TokenStore}. */
export function assertTokenStore(value: unknown, argument: string): asserts value is TokenStore | undefined {
  if (value === undefined) return;
  const store = value as Partial<TokenStore> | null;
  if (
    store === null ||
    typeof store !== "object" ||
    typeof store.load !== "function" ||
    typeof store.compareAndSet !== "function"
  ) {
    throw new TypeError(
      `${argument} must be a TokenStore: an object with load() and compareAndSet(prev, next), e.g. memoryStore().`,
    );
  }
  if (store.lock !== undefined && typeof store.lock !== "function")
    throw new TypeError(`${argument}.lock must be a function when present.`);
}

/**
 * A {@link TokenStore} in this process's memory: for tests, and for several sessions of one
 * process that share tokens. Its lock is an in-process queue.
 */
export function memoryStore(initial?: TokenSet): TokenStore {
  if (initial !== undefined && !(initial instanceof TokenSet)) {
    throw new TypeError("memoryStore(initial) takes a TokenSet; use TokenSet.fromJSON(json) for stored JSON.");
  }
  let value = initial;
  const lock = createMutex();
  return {
    load: async () => value,
    compareAndSet: async (prev, next) => {
      if (!(next instanceof TokenSet)) throw new TypeError("compareAndSet(prev, next): next must be a TokenSet.");
      if (!sameTokens(value, prev)) return false;
      value = next;
      return true;
    },
    lock: (options) => lock(options?.signal),
  };
}
