import { ADVICE } from "../error-kinds.js";
import { PinterestOAuthError } from "../errors.js";
import type { RefreshTokenOptions } from "../refresh-token.js";
import { TokenSet } from "../token-set.js";
import { type Release, untilAborted } from "./mutex.js";
import {
  notifyTokens,
  releaseQuietly,
  storeStep,
  type TokenWrite,
  writeTokens,
  writeTokensInBackground,
} from "./persist-tokens.js";
import { sessionSecrets } from "./session-errors.js";
import { sameTokens, type TokenStore } from "./token-store.js";

/** Why a refresh was asked for, which decides whether tokens found in the store are good enough. */
export type RefreshReason = { kind: "expiring" } | { kind: "forced"; from: TokenSet } | { kind: "rejected"; accessToken: string };

/** A session's mutable state: its tokens, the error that ended it, if any, and a write still being retried. */
export interface SessionState {
  current: TokenSet;
  rejected: PinterestOAuthError | undefined;
  /** A refresh's tokens the store refused to take so far, retried in the background under the lock. */
  unsaved: Promise<void> | undefined;
}

/** What {@link refreshOnce} needs from its session. */
export interface RefreshEnvironment {
  store: TokenStore | undefined;
  onTokens: ((tokens: TokenSet) => void | Promise<void>) | undefined;
  refreshToken(token: string, options: RefreshTokenOptions): Promise<TokenSet>;
  needsRefresh(tokens: TokenSet): boolean;
  clock(): number;
  /** The app's secrets, redacted from persistence errors along with the tokens. */
  secrets: readonly string[];
}

/**
 * One refresh of a session (RFC 6749 §6): under the store's lock, reload the store and use newer
 * tokens found there (another process refreshed); otherwise spend the refresh token, keep the result
 * in memory at once, and persist it (`compareAndSet`, then `onTokens`) before returning it.
 *
 * Invariant: once a refresh has succeeded, the lock is released only when the store holds what it
 * obtained (or moved on past it). A failed write is retried in the background with the lock held,
 * so no process refreshes from the spent token meanwhile, and this session's next refresh waits
 * for that write: a session has one write in flight at most. What bounds it: a lease lasts only
 * while the store can renew it, and the retries stop after 10 minutes.
 */
export async function refreshOnce(
  state: SessionState,
  env: RefreshEnvironment,
  reason: RefreshReason,
  signal: AbortSignal,
): Promise<TokenSet> {
  const { store } = env;
  if (state.unsaved) await untilAborted(state.unsaved, signal);
  let release = await storeStep("lock", () => store?.lock?.({ signal }), signal, sessionSecrets([state.current], env.secrets));
  try {
    let stored: TokenSet | undefined;
    if (store) {
      stored = await storeStep("load", () => store.load(), signal, sessionSecrets([state.current], env.secrets));
      if (stored && isNewer(stored, state.current)) state.current = stored;
    }
    if (isGoodEnough(state.current, reason, env)) return state.current;
    const base = state.current;
    const unrefreshable = cannotRefresh(base, env.clock());
    if (unrefreshable) {
      state.rejected = unrefreshable;
      throw unrefreshable;
    }
    let next: TokenSet;
    try {
      next = await env.refreshToken(base.refreshToken as string, { signal });
    } catch (error) {
      if (error instanceof PinterestOAuthError && error.requiresReauth) {
        // Rejected perhaps only because another process rotated the token a moment ago.
        const latest = await store?.load().catch(() => undefined);
        if (latest && isNewer(latest, base)) {
          state.current = latest;
          return latest;
        }
        state.rejected = error;
      }
      throw error;
    }
    if (
      next.refreshToken === base.refreshToken &&
      next.refreshTokenExpiresAt === undefined &&
      base.refreshTokenExpiresAt !== undefined
    ) {
      next = new TokenSet({ ...next.toJSON(), refreshTokenExpiresAt: base.refreshTokenExpiresAt });
    }
    state.current = next; // in memory first: a rotated refresh token is never lost, even if persisting fails
    const secrets = sessionSecrets([base, next], env.secrets);
    if (store) {
      const write: TokenWrite = { store, stored, next, secrets };
      let kept: TokenSet;
      try {
        kept = await writeTokens(write);
      } catch (error) {
        state.unsaved = retryWrite(state, env, write, release);
        release = undefined; // the background write holds the lock now
        throw error;
      }
      if (state.current === next) state.current = kept;
      if (kept !== next) return kept; // another process's tokens, not ours to report
    }
    await notifyTokens(env.onTokens, next, secrets);
    return next;
  } finally {
    await releaseQuietly(release);
  }
}

/**
 * The background write of a refresh's tokens, holding the lock. Once stored, they are reported to
 * `onTokens` before the release, as on the normal path, so an app mirroring tokens gets them in
 * lock order (a failure there has no caller left to tell).
 */
async function retryWrite(
  state: SessionState,
  env: RefreshEnvironment,
  write: TokenWrite,
  release: Release | undefined,
): Promise<void> {
  try {
    const kept = await writeTokensInBackground(write);
    if (kept && state.current === write.next) state.current = kept;
    if (kept === write.next) await notifyTokens(env.onTokens, kept, write.secrets).catch(() => {});
  } finally {
    await releaseQuietly(release);
    state.unsaved = undefined; // no other write started meanwhile: the next refresh waits for this one
  }
}

/** Whether `a` replaced `b`: other tokens, received no earlier. */
export function isNewer(a: TokenSet, b: TokenSet): boolean {
  return a.receivedAt >= b.receivedAt && !sameTokens(a, b);
}

function isGoodEnough(tokens: TokenSet, reason: RefreshReason, env: RefreshEnvironment): boolean {
  if (reason.kind === "forced") return tokens !== reason.from;
  return !env.needsRefresh(tokens) && (reason.kind === "expiring" || tokens.accessToken !== reason.accessToken);
}

/** A reauthorization error when `tokens` cannot be refreshed at all, decided before asking Pinterest. */
function cannotRefresh(tokens: TokenSet, now: number): PinterestOAuthError | undefined {
  const expiry = tokens.refreshTokenExpiresAt;
  let why: string | undefined;
  if (tokens.refreshToken === undefined) why = "these tokens have no refresh token";
  else if (expiry !== undefined && expiry <= now) why = `the refresh token expired at ${new Date(expiry).toISOString()}`;
  if (why === undefined) return undefined;
  return new PinterestOAuthError(`Cannot refresh: ${why}. ${ADVICE.invalid_grant}`, {
    kind: "invalid_grant",
    operation: "session",
    requiresReauth: true,
  });
}
