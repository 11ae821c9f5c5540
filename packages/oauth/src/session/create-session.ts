import { INSPECT, type InspectFunction, inspectWith } from "@pinterest-kit/client/internal";
import type { PinterestOAuth } from "../create-pinterest-oauth.js";
import { ADVICE } from "../error-kinds.js";
import { PinterestOAuthError } from "../errors.js";
import { TokenSet } from "../token-set.js";
import { assertDuration, assertOptionalSignal, assertOptionsObject } from "../validate.js";
import { bearerMiddleware, type Middleware, type MiddlewareOptions } from "./middleware.js";
import { isNewer, type RefreshEnvironment, type RefreshReason, refreshOnce, type SessionState } from "./refresh-once.js";
import { sessionContextOf } from "./session-context.js";
import { reauthorizationError, sessionAbortedError } from "./session-errors.js";
import { assertTokenStore, type TokenStore } from "./token-store.js";

/** Options of {@link createSession}. */
export interface SessionOptions {
  /** The tokens to start from (from `exchangeCode`, or `store.load()`). */
  tokens: TokenSet;
  /** Persists every new TokenSet before callers get it; shared stores coordinate processes. */
  store?: TokenStore;
  /** Called (and awaited) with every TokenSet this session obtains, after the store write. */
  onTokens?: (tokens: TokenSet) => void | Promise<void>;
  /** Refresh this long before expiry; default 5 minutes, never more than half the token's lifetime. */
  refreshWindowMs?: number;
  /** A refresh still running after this long rejects its waiters with `timeout`; default 60 s. */
  refreshTimeoutMs?: number;
  /** Epoch-millisecond clock; default the oauth object's. */
  clock?: () => number;
}

/** Access tokens for one user, refreshed when needed, once, whatever the number of callers. */
export interface TokenSession {
  readonly tokens: TokenSet;
  getAccessToken(options?: { signal?: AbortSignal }): Promise<string>;
  refresh(options?: { signal?: AbortSignal }): Promise<TokenSet>;
  refreshTokenExpiresWithin(ms: number): boolean;
  /** Bearer on every call, one refresh-and-replay on a 401 for an invalid token, scope checks before sending. */
  middleware(options?: MiddlewareOptions): Middleware;
}

/**
 * A session over one user's tokens (RFC 6749 §6 refresh): the cached access token while it is valid
 * outside the refresh window, else one shared refresh whose result is persisted (store, then
 * `onTokens`) before any caller sees it. Processes sharing a store reload it before refreshing, so
 * a refresh token is not spent twice. A standalone function rather than a method of `oauth`, so an
 * app that only exchanges codes does not bundle sessions.
 */
export function createSession(oauth: PinterestOAuth, options: SessionOptions): TokenSession {
  const context = sessionContextOf(oauth);
  assertOptionsObject(options, "createSession(oauth, options)");
  if (!(options?.tokens instanceof TokenSet)) {
    throw new TypeError("createSession options.tokens must be a TokenSet (TokenSet.fromJSON(json) reads a stored one).");
  }
  const { store, onTokens } = options;
  assertTokenStore(store, "createSession options.store");
  if (onTokens !== undefined && typeof onTokens !== "function")
    throw new TypeError("createSession options.onTokens must be a function.");
  const refreshWindowMs = options.refreshWindowMs ?? 300_000;
  assertDuration(refreshWindowMs, "createSession options.refreshWindowMs");
  const refreshTimeoutMs = options.refreshTimeoutMs ?? 60_000;
  assertDuration(refreshTimeoutMs, "createSession options.refreshTimeoutMs", { allowInfinity: true, min: 1 });
  const clock = options.clock ?? context.clock;
  if (typeof clock !== "function") throw new TypeError("createSession options.clock must be a function returning epoch ms.");

  const state: SessionState = { current: options.tokens, rejected: undefined, unsaved: undefined };
  let inflight: Promise<TokenSet> | undefined;
  const needsRefresh = (tokens: TokenSet) =>
    clock() >= tokens.expiresAt - Math.min(refreshWindowMs, (tokens.expiresAt - tokens.receivedAt) / 2);
  const env: RefreshEnvironment = {
    store,
    onTokens,
    refreshToken: context.refreshToken,
    needsRefresh,
    clock,
    secrets: context.secrets,
  };

  let resuming: Promise<void> | undefined;
  /**
   * A session ended by a rejected refresh token resumes when its store holds newer tokens (the user
   * signed in again elsewhere, or another process's late write landed): one store load shared by
   * concurrent callers, never a request to Pinterest. Otherwise it rejects as before.
   */
  async function unlessRejected(): Promise<void> {
    if (!state.rejected) return;
    resuming ??= (async () => {
      const stored = await store?.load().catch(() => undefined);
      if (state.rejected && stored && isNewer(stored, state.current)) {
        state.current = stored;
        state.rejected = undefined;
      }
    })().finally(() => {
      resuming = undefined;
    });
    await resuming;
    if (state.rejected) throw reauthorizationError(state.rejected);
  }

  async function shared(reason: RefreshReason): Promise<TokenSet> {
    if (state.rejected) await unlessRejected();
    inflight ??= refreshWithTimeout(reason).finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  async function refreshWithTimeout(reason: RefreshReason): Promise<TokenSet> {
    const controller = new AbortController();
    const run = refreshOnce(state, env, reason, controller.signal);
    run.catch(() => {}); // after a timeout, a late failure has no one left to tell
    if (refreshTimeoutMs === Infinity) return run;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new PinterestOAuthError(
          `The token refresh did not finish within ${refreshTimeoutMs} ms; the next call starts a new one. ${ADVICE.timeout}`,
          { kind: "timeout", operation: "session" },
        );
        controller.abort(error);
        reject(error);
      }, refreshTimeoutMs);
    });
    try {
      return await Promise.race([run, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  function waitFor(promise: Promise<TokenSet>, signal: AbortSignal | undefined): Promise<TokenSet> {
    if (!signal) return promise;
    if (signal.aborted) return Promise.reject(sessionAbortedError(signal.reason));
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(sessionAbortedError(signal.reason));
      signal.addEventListener("abort", onAbort, { once: true });
      promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
    });
  }

  const session: TokenSession = {
    get tokens() {
      return state.current;
    },
    async getAccessToken(callOptions = {}) {
      assertOptionalSignal(callOptions?.signal, "getAccessToken options.signal");
      if (state.rejected) await unlessRejected();
      if (!needsRefresh(state.current)) return state.current.accessToken;
      return (await waitFor(shared({ kind: "expiring" }), callOptions.signal)).accessToken;
    },
    async refresh(callOptions = {}) {
      assertOptionalSignal(callOptions?.signal, "refresh options.signal");
      return waitFor(shared({ kind: "forced", from: state.current }), callOptions.signal);
    },
    refreshTokenExpiresWithin(ms) {
      assertDuration(ms, "refreshTokenExpiresWithin(ms)", { allowInfinity: true });
      if (state.current.refreshToken === undefined) return true;
      return state.current.refreshTokenExpiresAt !== undefined && state.current.refreshTokenExpiresAt - clock() <= ms;
    },
    middleware: (middlewareOptions) =>
      bearerMiddleware(
        {
          scopes: () => state.current.scopes,
          getAccessToken: (callOptions) => session.getAccessToken(callOptions),
          refreshAfterRejection: async (accessToken) => {
            if (state.rejected) await unlessRejected();
            if (state.current.accessToken !== accessToken && !needsRefresh(state.current)) return state.current;
            return shared({ kind: "rejected", accessToken });
          },
        },
        middlewareOptions,
      ),
  };
  const shown = () => ({
    expiresAt: state.current.expiresAt,
    refreshTokenExpiresAt: state.current.refreshTokenExpiresAt,
    requiresReauth: state.rejected !== undefined,
  });
  Object.defineProperties(session, {
    toJSON: { value: shown },
    [INSPECT]: {
      value: (_d: number, o: object, inspect?: InspectFunction) => `TokenSession ${inspectWith(inspect, shown(), o)}`,
    },
  });
  return session;
}
