import type { PinterestOAuthError } from "../errors.js";
import type { TokenSet } from "../token-set.js";
import { persistenceError } from "./session-errors.js";
import type { TokenStore } from "./token-store.js";

/**
 * Run one store step (`lock`, `load`); a failure becomes a `persistence_failed` error, except when
 * the refresh was aborted meanwhile (its waiters already have the timeout).
 */
export async function storeStep<T>(
  step: string,
  run: () => Promise<T> | T,
  signal: AbortSignal,
  secrets: readonly string[],
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw persistenceError(`store.${step}()`, error, secrets);
  }
}

/**
 * Persist tokens a refresh obtained: `store.compareAndSet(stored, next)`, then `onTokens(next)`,
 * both awaited. When compareAndSet loses, another process stored newer tokens first: those are
 * returned for the session to use. Failures reject with `persistence_failed`.
 */
export async function persistTokens(input: {
  store: TokenStore | undefined;
  onTokens: ((tokens: TokenSet) => void | Promise<void>) | undefined;
  stored: TokenSet | undefined;
  next: TokenSet;
  /** Strings to redact from a failure: the tokens involved and the app's secrets. */
  secrets: readonly string[];
}): Promise<TokenSet> {
  const { store, onTokens, stored, next, secrets } = input;
  let step = "store.compareAndSet()";
  try {
    if (store && !(await store.compareAndSet(stored, next))) {
      step = "store.load() after a lost compareAndSet";
      const theirs = await store.load();
      if (theirs) return theirs;
      step = "store.compareAndSet() into an emptied store";
      if (!(await store.compareAndSet(undefined, next))) throw new Error("the store changed again");
    }
    step = "onTokens()";
    await onTokens?.(next);
    return next;
  } catch (error) {
    throw persistenceError(step, error, secrets) as PinterestOAuthError;
  }
}
