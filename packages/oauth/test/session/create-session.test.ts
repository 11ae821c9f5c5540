import { inspect } from "node:util";
import { afterEach, describe, expect, test, vi } from "vitest";
import { createSession, memoryStore, PinterestOAuthError, TokenSet, type TokenStore } from "../../src/index.js";
import { NOW, oauthFor } from "../fixtures.js";
import { type Reply, startTokenServer, type TokenServer, tokenBody } from "../token-server.js";
import { manualClock, rotatingTokens, tokensAt } from "./session-fixtures.js";

let server: TokenServer | undefined;
afterEach(async () => {
  await server?.close({ force: true });
  server = undefined;
});

const HOUR = 3_600_000;
const MINUTE = 60_000;

async function setup(reply = rotatingTokens, replies: Reply[] = []) {
  server = await startTokenServer({ replies, fallback: reply });
  const clock = manualClock(NOW);
  return { server, clock, oauth: oauthFor(server, { clock: clock.now }) };
}

describe("getAccessToken and the refresh window", () => {
  const cases: [string, { lifetimeMs: number; at: number; refreshWindowMs?: number; refreshes: number }][] = [
    ["fresh token: cached", { lifetimeMs: HOUR, at: NOW + MINUTE, refreshes: 0 }],
    ["1 ms before the 5-minute window: cached", { lifetimeMs: HOUR, at: NOW + HOUR - 5 * MINUTE - 1, refreshes: 0 }],
    ["inside the 5-minute window: refreshed", { lifetimeMs: HOUR, at: NOW + HOUR - 5 * MINUTE, refreshes: 1 }],
    ["expired: refreshed", { lifetimeMs: HOUR, at: NOW + 2 * HOUR, refreshes: 1 }],
    [
      "a 4-minute token: window is half its life, cached at 1:59",
      { lifetimeMs: 4 * MINUTE, at: NOW + 2 * MINUTE - 1, refreshes: 0 },
    ],
    ["a 4-minute token: refreshed at 2:00", { lifetimeMs: 4 * MINUTE, at: NOW + 2 * MINUTE, refreshes: 1 }],
    ["a custom 10-minute window", { lifetimeMs: HOUR, at: NOW + HOUR - 10 * MINUTE, refreshWindowMs: 10 * MINUTE, refreshes: 1 }],
  ];
  test.each(cases)("%s", async (_name, { lifetimeMs, at, refreshWindowMs, refreshes }) => {
    const { server, clock, oauth } = await setup();
    const session = createSession(oauth, { tokens: tokensAt(NOW, lifetimeMs), refreshWindowMs });
    clock.set(at);
    const token = await session.getAccessToken();
    expect(server.requests).toHaveLength(refreshes);
    expect(token).toBe(refreshes ? "pina_access_1" : "pina_initial_access_0");
  });
});

describe("one refresh for any number of callers", () => {
  test("1000 concurrent calls on an expired token make exactly one token request", async () => {
    const { server, clock, oauth } = await setup();
    const session = createSession(oauth, { tokens: tokensAt(NOW, HOUR) });
    clock.set(NOW + 2 * HOUR);
    const tokens = await Promise.all(Array.from({ length: 1000 }, () => session.getAccessToken()));
    expect(server.requests).toHaveLength(1);
    expect(new Set(tokens)).toEqual(new Set(["pina_access_1"]));
    expect(server.requests[0]?.body).toBe("grant_type=refresh_token&refresh_token=pinr_initial_refresh_0");
  });

  test("the rotated refresh token is in the store, and onTokens has run, before the first caller resumes", async () => {
    const { clock, oauth } = await setup();
    const initial = tokensAt(NOW, HOUR);
    const store = memoryStore(initial);
    const announced: string[] = [];
    const session = createSession(oauth, {
      tokens: initial,
      store,
      onTokens: async (tokens) => {
        await new Promise((resolve) => setImmediate(resolve));
        announced.push(tokens.refreshToken ?? "");
      },
    });
    clock.set(NOW + 2 * HOUR);
    const seen = await Promise.all(
      Array.from({ length: 20 }, async () => {
        await session.getAccessToken();
        return { stored: (await store.load())?.refreshToken, announced: [...announced] };
      }),
    );
    for (const observation of seen) expect(observation).toEqual({ stored: "pinr_refresh_1", announced: ["pinr_refresh_1"] });
    expect(session.tokens.refreshToken).toBe("pinr_refresh_1");
  });

  test("a response without a refresh token keeps the old one and its expiry", async () => {
    const body = tokenBody({ access_token: "pina_new", expires_in: 3600 }) as Record<string, unknown>;
    delete body.refresh_token;
    delete body.refresh_token_expires_in;
    const { clock, oauth } = await setup(() => ({ body }));
    const initial = tokensAt(NOW, HOUR);
    const store = memoryStore(initial);
    const session = createSession(oauth, { tokens: initial, store });
    clock.set(NOW + 2 * HOUR);
    expect(await session.getAccessToken()).toBe("pina_new");
    const stored = await store.load();
    expect(stored?.refreshToken).toBe("pinr_initial_refresh_0");
    expect(stored?.refreshTokenExpiresAt).toBe(initial.refreshTokenExpiresAt);
  });

  test("refresh() forces a refresh, and a second call refreshes again", async () => {
    const { server, oauth } = await setup();
    const session = createSession(oauth, { tokens: tokensAt(NOW, HOUR) });
    expect((await session.refresh()).accessToken).toBe("pina_access_1");
    expect((await session.refresh()).accessToken).toBe("pina_access_2");
    expect(server.requests.map((r) => r.body)).toEqual([
      "grant_type=refresh_token&refresh_token=pinr_initial_refresh_0",
      "grant_type=refresh_token&refresh_token=pinr_refresh_1",
    ]);
  });
});

describe("persistence failures", () => {
  test("onTokens failing: the caller learns it, the session keeps the new tokens", async () => {
    const { server, clock, oauth } = await setup();
    const session = createSession(oauth, {
      tokens: tokensAt(NOW, HOUR),
      onTokens: () => {
        throw new Error("database is down");
      },
    });
    clock.set(NOW + 2 * HOUR);
    const error = await session.getAccessToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PinterestOAuthError);
    expect(error).toMatchObject({ kind: "persistence_failed", operation: "session" });
    expect((error as Error).message).toMatch(/onTokens\(\): database is down/);
    expect(session.tokens.refreshToken).toBe("pinr_refresh_1");
    expect(await session.getAccessToken()).toBe("pina_access_1");
    expect(server.requests).toHaveLength(1);
  });

  test("a failing store write: reported, tokens kept, then written in the background with the lock held until it lands", async () => {
    const { server, clock, oauth } = await setup();
    const initial = tokensAt(NOW, HOUR);
    const flaky = flakyStore(initial);
    const announced: string[] = [];
    const session = createSession(oauth, {
      tokens: initial,
      store: flaky.store,
      onTokens: (tokens) => {
        announced.push(tokens.refreshToken ?? "");
      },
    });
    clock.set(NOW + 2 * HOUR);
    const error = (await session.getAccessToken().catch((e: unknown) => e)) as PinterestOAuthError;
    expect(error.kind).toBe("persistence_failed");
    expect(error.message).toMatch(/store\.compareAndSet\(\): disk full while writing \[redacted\]/);
    expect(inspect(error, { depth: 10 })).not.toContain("pinr_refresh_1");
    expect(session.tokens.refreshToken).toBe("pinr_refresh_1");
    expect(await session.getAccessToken()).toBe("pina_access_1"); // served from memory meanwhile
    await waitForWriteAttempts(flaky, 2);
    expect(flaky.events).toEqual(["lock"]); // the spent refresh token is still all the store has: the lock stays held
    expect(announced).toEqual([]);
    flaky.failWrites = false;
    await vi.waitFor(() => expect(flaky.events).toEqual(["lock", "write", "release"]), { timeout: 2_000, interval: 10 });
    expect((await flaky.inner.load())?.refreshToken).toBe("pinr_refresh_1");
    expect(announced).toEqual(["pinr_refresh_1"]);
    expect(server.requests).toHaveLength(1);
  });

  test("another session on the store waits for the background write instead of spending the spent refresh token", async () => {
    const { server, clock, oauth } = await setup();
    const initial = tokensAt(NOW, HOUR);
    const flaky = flakyStore(initial);
    const first = createSession(oauth, { tokens: initial, store: flaky.store });
    const second = createSession(oauth, { tokens: initial, store: flaky.store });
    clock.set(NOW + 2 * HOUR);
    await expect(first.getAccessToken()).rejects.toMatchObject({ kind: "persistence_failed" });
    const waiting = second.getAccessToken();
    waiting.catch(() => {}); // awaited below
    await waitForWriteAttempts(flaky, 2);
    flaky.failWrites = false;
    expect(await waiting).toBe("pina_access_1");
    expect(second.tokens.refreshToken).toBe("pinr_refresh_1");
    expect(server.requests.map((r) => r.body)).toEqual(["grant_type=refresh_token&refresh_token=pinr_initial_refresh_0"]);
  });

  test("without a lock, the session's next refresh waits for its own background write", async () => {
    const { server, clock, oauth } = await setup();
    const initial = tokensAt(NOW, HOUR);
    const flaky = flakyStore(initial, { lock: false });
    const session = createSession(oauth, { tokens: initial, store: flaky.store });
    clock.set(NOW + 2 * HOUR);
    await expect(session.getAccessToken()).rejects.toMatchObject({ kind: "persistence_failed" });
    clock.set(NOW + 4 * HOUR);
    const next = session.getAccessToken();
    next.catch(() => {}); // awaited below
    await waitForWriteAttempts(flaky, 2);
    flaky.failWrites = false;
    expect(await next).toBe("pina_access_2");
    expect((await flaky.inner.load())?.refreshToken).toBe("pinr_refresh_2");
    expect(server.requests.map((r) => r.body)).toEqual([
      "grant_type=refresh_token&refresh_token=pinr_initial_refresh_0",
      "grant_type=refresh_token&refresh_token=pinr_refresh_1",
    ]);
  });
  test("a write that landed although its answer was lost: the session keeps its tokens and runs onTokens", async () => {
    const { clock, oauth } = await setup();
    const initial = tokensAt(NOW, HOUR);
    const inner = memoryStore(initial);
    let lostAnswers = 1;
    const store: TokenStore = {
      load: () => inner.load(),
      compareAndSet: async (prev, next) => {
        const landed = await inner.compareAndSet(prev, next);
        if (lostAnswers-- > 0) throw new Error("read ECONNRESET");
        return landed;
      },
    };
    const announced: string[] = [];
    const session = createSession(oauth, { tokens: initial, store, onTokens: (t) => void announced.push(t.refreshToken ?? "") });
    clock.set(NOW + 2 * HOUR);
    await expect(session.getAccessToken()).rejects.toMatchObject({ kind: "persistence_failed" });
    await vi.waitFor(() => expect(announced).toEqual(["pinr_refresh_1"]), { timeout: 2_000, interval: 10 });
    expect(session.tokens.refreshToken).toBe("pinr_refresh_1");
    expect((await inner.load())?.refreshToken).toBe("pinr_refresh_1");
  });
});

/** A memoryStore whose writes fail while `failWrites`, counting them; it logs `lock`, each write it takes, and `release`. */
function flakyStore(initial: TokenSet, { lock = true } = {}) {
  const inner = memoryStore(initial);
  const flaky = {
    inner,
    failWrites: true,
    writeAttempts: 0,
    events: [] as string[],
    store: {
      load: () => inner.load(),
      compareAndSet: async (prev, next) => {
        flaky.writeAttempts++;
        if (flaky.failWrites) throw new Error(`disk full while writing ${next.refreshToken}`);
        flaky.events.push("write");
        return inner.compareAndSet(prev, next);
      },
      ...(lock && {
        lock: async (options) => {
          const release = await inner.lock?.(options);
          flaky.events.push("lock");
          return async () => {
            flaky.events.push("release");
            await release?.();
          };
        },
      }),
    } satisfies TokenStore as TokenStore,
  };
  return flaky;
}

/** Until the failing write was tried `count` times (the first in the refresh, the rest in the background). */
async function waitForWriteAttempts(flaky: { writeAttempts: number }, count: number): Promise<void> {
  await vi.waitFor(() => expect(flaky.writeAttempts).toBeGreaterThanOrEqual(count), { timeout: 2_000, interval: 10 });
}

describe("sessions sharing a store", () => {
  const failingReleases: [string, { release: () => Promise<void> }][] = [
    ["rejects", { release: async () => Promise.reject(new Error("read ECONNRESET")) }],
    [
      "throws at once",
      {
        release: () => {
          throw new Error("read ECONNRESET");
        },
      },
    ],
  ];
  test.each(failingReleases)(
    "a lock release that %s (the store went away) leaves the outcome as it was: stored tokens served",
    async (_name, { release }) => {
      const { server, clock, oauth } = await setup();
      const initial = tokensAt(NOW, HOUR);
      const inner = memoryStore(initial);
      const releases: string[] = [];
      const store: TokenStore = {
        load: () => inner.load(),
        compareAndSet: (prev, next) => inner.compareAndSet(prev, next),
        lock: async () => () => {
          releases.push("release");
          return release();
        },
      };
      const session = createSession(oauth, { tokens: initial, store });
      clock.set(NOW + 2 * HOUR);
      expect(await session.getAccessToken()).toBe("pina_access_1");
      expect(releases).toEqual(["release"]);
      expect((await inner.load())?.refreshToken).toBe("pinr_refresh_1");
      clock.set(NOW + 4 * HOUR);
      expect(await session.getAccessToken()).toBe("pina_access_2");
      expect(server.requests).toHaveLength(2);
    },
  );

  test("newer tokens in the store are used instead of spending the old refresh token", async () => {
    const { server, clock, oauth } = await setup();
    const mine = tokensAt(NOW, HOUR);
    const theirs = tokensAt(NOW + 2 * HOUR, HOUR, "pinr_from_another_process");
    const session = createSession(oauth, { tokens: mine, store: memoryStore(theirs) });
    clock.set(NOW + 2 * HOUR + MINUTE);
    expect(await session.getAccessToken()).toBe(theirs.accessToken);
    expect(session.tokens).toBe(theirs);
    expect(server.requests).toHaveLength(0);
  });

  test("losing compareAndSet means another process won: its tokens are used", async () => {
    const { clock, oauth } = await setup();
    const theirs = tokensAt(NOW + 2 * HOUR, HOUR, "pinr_winner");
    let loads = 0;
    const store: TokenStore = {
      load: async () => (loads++ === 0 ? undefined : theirs),
      compareAndSet: async () => false,
    };
    const session = createSession(oauth, { tokens: tokensAt(NOW, HOUR), store });
    clock.set(NOW + 2 * HOUR);
    expect(await session.getAccessToken()).toBe(theirs.accessToken);
    expect(session.tokens.refreshToken).toBe("pinr_winner");
  });

  test("two sessions on one memoryStore refresh once between them", async () => {
    const { server, clock, oauth } = await setup();
    const initial = tokensAt(NOW, HOUR);
    const store = memoryStore(initial);
    const a = createSession(oauth, { tokens: initial, store });
    const b = createSession(oauth, { tokens: initial, store });
    clock.set(NOW + 2 * HOUR);
    const [tokenA, tokenB] = await Promise.all([a.getAccessToken(), b.getAccessToken()]);
    expect(server.requests).toHaveLength(1);
    expect(tokenA).toBe("pina_access_1");
    expect(tokenB).toBe("pina_access_1");
  });
});

describe("re-authorization", () => {
  test("invalid_grant (code 283) marks the session: later calls reject at once without a request", async () => {
    const { server, clock, oauth } = await setup(() => ({
      status: 400,
      body: { code: 283, message: "Invalid authorization grant" },
    }));
    const session = createSession(oauth, { tokens: tokensAt(NOW, HOUR) });
    clock.set(NOW + 2 * HOUR);
    await expect(session.getAccessToken()).rejects.toMatchObject({
      kind: "invalid_grant",
      requiresReauth: true,
      pinterestCode: 283,
    });
    for (let i = 0; i < 5; i++) {
      await expect(session.getAccessToken()).rejects.toMatchObject({
        kind: "invalid_grant",
        requiresReauth: true,
        operation: "session",
      });
    }
    await expect(session.refresh()).rejects.toMatchObject({ requiresReauth: true });
    expect(server.requests).toHaveLength(1);
  });

  test("over a store, a rejected session resumes once the store holds newer tokens (signed in again elsewhere), without asking Pinterest", async () => {
    const { server, clock, oauth } = await setup(() => ({
      status: 400,
      body: { code: 283, message: "Invalid authorization grant" },
    }));
    const initial = tokensAt(NOW, HOUR);
    const store = memoryStore(initial);
    const session = createSession(oauth, { tokens: initial, store });
    clock.set(NOW + 2 * HOUR);
    await expect(session.getAccessToken()).rejects.toMatchObject({ kind: "invalid_grant", pinterestCode: 283 });
    await expect(session.getAccessToken()).rejects.toMatchObject({ requiresReauth: true, operation: "session" });
    await expect(session.refresh()).rejects.toMatchObject({ requiresReauth: true });
    const signedInAgain = tokensAt(NOW + 2 * HOUR, HOUR, "pinr_signed_in_again");
    expect(await store.compareAndSet(initial, signedInAgain)).toBe(true);
    const calls = await Promise.all(Array.from({ length: 10 }, () => session.getAccessToken()));
    expect(new Set(calls)).toEqual(new Set([signedInAgain.accessToken]));
    expect(session.tokens).toBe(signedInAgain);
    expect(JSON.parse(JSON.stringify(session))).toMatchObject({ requiresReauth: false });
    expect(server.requests).toHaveLength(1);
  });

  const unrefreshable: [string, TokenSet][] = [
    ["no refresh token", withoutRefreshToken()],
    ["an expired refresh token", tokensAtWithRefreshExpiry(NOW + HOUR)],
  ];
  test.each(unrefreshable)("%s: requiresReauth without asking Pinterest", async (_name, tokens) => {
    const { server, clock, oauth } = await setup();
    const session = createSession(oauth, { tokens });
    clock.set(NOW + 2 * HOUR);
    await expect(session.getAccessToken()).rejects.toMatchObject({ kind: "invalid_grant", requiresReauth: true });
    expect(server.requests).toHaveLength(0);
  });
});

describe("stalls and aborts", () => {
  test("a stalled refresh rejects every waiter with timeout, and the next call starts afresh", async () => {
    const { server, clock, oauth } = await setup(rotatingTokens, ["hang"]);
    const session = createSession(oauth, { tokens: tokensAt(NOW, HOUR), refreshTimeoutMs: 50 });
    clock.set(NOW + 2 * HOUR);
    const waiters = await Promise.all(Array.from({ length: 10 }, () => session.getAccessToken().catch((e: unknown) => e)));
    for (const error of waiters) expect(error).toMatchObject({ kind: "timeout", operation: "session" });
    expect(await session.getAccessToken()).toBe("pina_access_2");
    expect(server.requests).toHaveLength(2);
  });

  test("a caller that aborts stops waiting; the others get the token", async () => {
    const controller = new AbortController();
    const { server, clock, oauth } = await setup(() => {
      controller.abort();
      return rotatingTokens;
    });
    const session = createSession(oauth, { tokens: tokensAt(NOW, HOUR) });
    clock.set(NOW + 2 * HOUR);
    const [impatient, patient] = await Promise.all([
      session.getAccessToken({ signal: controller.signal }).catch((e: unknown) => e),
      session.getAccessToken(),
    ]);
    expect(impatient).toMatchObject({ kind: "aborted", operation: "session" });
    expect(patient).toBe("pina_access_1");
    expect(server.requests).toHaveLength(1);
  });
});

describe("what a session shows", () => {
  test("refreshTokenExpiresWithin", async () => {
    const { clock, oauth } = await setup();
    const tokens = tokensAt(NOW, HOUR);
    const session = createSession(oauth, { tokens });
    const left = (tokens.refreshTokenExpiresAt ?? 0) - NOW;
    expect(session.refreshTokenExpiresWithin(left - 1)).toBe(false);
    expect(session.refreshTokenExpiresWithin(left)).toBe(true);
    clock.set(NOW + left);
    expect(session.refreshTokenExpiresWithin(0)).toBe(true);
    expect(createSession(oauth, { tokens: withoutRefreshToken() }).refreshTokenExpiresWithin(0)).toBe(true);
  });

  test("JSON and inspect of a session show expiry, never tokens", async () => {
    const { oauth } = await setup();
    const session = createSession(oauth, { tokens: tokensAt(NOW, HOUR) });
    const shown = `${JSON.stringify(session)}\n${inspect(session, { depth: 10, showHidden: true })}`;
    expect(shown).toContain(String(NOW + HOUR));
    expect(shown).not.toContain("pina_initial_access_0");
    expect(shown).not.toContain("pinr_initial_refresh_0");
  });

  test("bad options are TypeErrors naming the option", async () => {
    const { oauth } = await setup();
    expect(() => createSession(oauth, { tokens: tokensAt(NOW, HOUR).toJSON() as unknown as TokenSet })).toThrow(
      /options\.tokens must be a TokenSet/,
    );
    expect(() => createSession(oauth, { tokens: tokensAt(NOW, HOUR), store: {} as TokenStore })).toThrow(
      /options\.store must be a TokenStore/,
    );
    expect(() => createSession(oauth, { tokens: tokensAt(NOW, HOUR), refreshWindowMs: -1 })).toThrow(/refreshWindowMs/);
  });

  test("an oauth that createPinterestOAuth did not return is a TypeError saying what to pass", async () => {
    const { oauth } = await setup();
    for (const impostor of [{ ...oauth }, undefined, null, "oauth"]) {
      expect(() => createSession(impostor as unknown as typeof oauth, { tokens: tokensAt(NOW, HOUR) })).toThrow(
        /createSession\(oauth, options\): oauth must be the object createPinterestOAuth\(…\) returned/,
      );
    }
  });
});

function withoutRefreshToken(): TokenSet {
  const { refreshToken: _token, refreshTokenExpiresAt: _expiry, ...json } = tokensAt(NOW, HOUR).toJSON();
  return new TokenSet(json);
}

function tokensAtWithRefreshExpiry(refreshTokenExpiresAt: number): TokenSet {
  return new TokenSet({ ...tokensAt(NOW, HOUR).toJSON(), refreshTokenExpiresAt });
}
