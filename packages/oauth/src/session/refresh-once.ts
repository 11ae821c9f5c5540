import { ADVICE } from "../error-kinds.js";
import { PinterestOAuthError } from "../errors.js";
import type { RefreshTokenOptions } from "../refresh-token.js";
import { TokenSet } from "../token-set.js";
import { persistTokens, storeStep } from "./persist-tokens.js";
import { sessionSecrets } from "./session-errors.js";
import { sameTokens, type TokenStore } from "./token-store.js";

/** Why a refresh was asked for, which decides whether tokens found in the store are good enough. */
export type RefreshReason = { kind: "expiring" } | { kind: "forced"; from: TokenSet } | { kind: "rejected"; accessToken: string };

/** A session's mutable state: its tokens, and the error that ended it, if any. */
export interface SessionState {
  current: TokenSet;
  rejected: PinterestOAuthError | undefined;
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
 */
export async function refreshOnce(
  state: SessionState,
  env: RefreshEnvironment,
  reason: RefreshReason,
  signal: AbortSignal,
): Promise<TokenSet> {
  const { store } = env;
  const release = await storeStep("lock", () => store?.lock?.({ signal }), signal, sessionSecrets([state.current], env.secrets));
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
    state.current = await persistTokens({
      store,
      onTokens: env.onTokens,
      stored,
      next,
      secrets: sessionSecrets([base, next], env.secrets),
    });
    return state.current;
  } finally {
    // Writes go through compareAndSet, never through the lock, so a release that fails (the store
    // went away mid-refresh) changes nothing stored: the outcome stands, and the lock ends with its lease.
    await release?.().catch(() => {});
  }
}

function isNewer(a: TokenSet, b: TokenSet): boolean {
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
