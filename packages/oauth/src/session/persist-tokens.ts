import type { PinterestOAuthError } from "../errors.js";
import type { TokenSet } from "../token-set.js";
import type { Release } from "./mutex.js";
import { persistenceError } from "./session-errors.js";
import { sameTokens, type TokenStore } from "./token-store.js";

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

/** What a refresh obtained and has to store: `next`, over the `stored` tokens it loaded. */
export interface TokenWrite {
  store: TokenStore;
  stored: TokenSet | undefined;
  next: TokenSet;
  /** Strings to redact from a failure: the tokens involved and the app's secrets. */
  secrets: readonly string[];
}

/**
 * Store tokens a refresh obtained: `store.compareAndSet(stored, next)`. When that loses, another
 * process stored newer tokens first: those are returned for the session to use (unless they are
 * `next` itself, a write that landed although its reply was lost). Failures reject with
 * `persistence_failed`.
 */
export async function writeTokens({ store, stored, next, secrets }: TokenWrite): Promise<TokenSet> {
  let step = "store.compareAndSet()";
  try {
    if (!(await store.compareAndSet(stored, next))) {
      step = "store.load() after a lost compareAndSet";
      const theirs = await store.load();
      if (theirs) return sameTokens(theirs, next) ? next : theirs;
      step = "store.compareAndSet() into an emptied store";
      if (!(await store.compareAndSet(undefined, next))) throw new Error("the store changed again");
    }
    return next;
  } catch (error) {
    throw persistenceError(step, error, secrets) as PinterestOAuthError;
  }
}

/** Call the app's `onTokens`; a failure rejects with `persistence_failed`. */
export async function notifyTokens(
  onTokens: ((tokens: TokenSet) => void | Promise<void>) | undefined,
  tokens: TokenSet,
  secrets: readonly string[],
): Promise<void> {
  try {
    await onTokens?.(tokens);
  } catch (error) {
    throw persistenceError("onTokens()", error, secrets) as PinterestOAuthError;
  }
}

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;
/** A store still refusing after this long is broken rather than away: stop, so its lock cannot block other processes for good. */
const GIVE_UP_AFTER_MS = 10 * 60_000;

/**
 * Retry a {@link writeTokens} that failed (100 ms, doubling up to 5 s) until the store takes it or
 * answers that it moved on, for up to 10 minutes. compareAndSet fences the late write: it lands
 * only over the very tokens it replaces. Resolves with the tokens to use, or `undefined` when it
 * gave up; its timers do not keep the process alive.
 */
export async function writeTokensInBackground(write: TokenWrite): Promise<TokenSet | undefined> {
  const giveUpAt = Date.now() + GIVE_UP_AFTER_MS;
  for (let delay = FIRST_RETRY_MS; Date.now() + delay < giveUpAt; delay = Math.min(delay * 2, MAX_RETRY_MS)) {
    await new Promise((resolve) => (setTimeout(resolve, delay) as { unref?: () => void }).unref?.());
    try {
      return await writeTokens(write);
    } catch {
      // still failing: the caller was told (persistence_failed) when the first write failed
    }
  }
  return undefined;
}

/**
 * Release a lock, ignoring a failure (also a release that throws instead of rejecting): writes go
 * through compareAndSet, never through the lock, so a failed release (the store went away) changes
 * nothing stored, and the lock ends with its lease.
 */
export async function releaseQuietly(release: Release | undefined): Promise<void> {
  await Promise.resolve()
    .then(() => release?.())
    .catch(() => {});
}
