import { randomBytes, randomUUID } from "node:crypto";
import { startMockPinterest } from "@pinterest-kit/mock";
import { aesGcmCipher, createPinterestOAuth, createSession, PinterestOAuthError, type TokenSet } from "@pinterest-kit/oauth";
import { expiredTokens, mockOAuth } from "@pinterest-kit/store-conformance/mock-session";
import { commandsRun, redisAvailable, startRedis } from "@pinterest-kit/test-redis";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { redisStore, storeKeys } from "../src/index.js";
import { BACKENDS, useBackend } from "./backends.js";
import { connectClient, startGraceTokenServer, tokens } from "./fixtures.js";

describe.each(BACKENDS)("sessions over redisStore on %s", (name) => {
  const backend = useBackend(name, `sessions over redisStore on ${name}`);
  let mock: Awaited<ReturnType<typeof startMockPinterest>>;
  beforeAll(async () => {
    mock = await startMockPinterest();
  });
  afterAll(() => mock?.close());

  test.skipIf(!backend.available)("a fresh access token is served from memory: no Redis command per call", async () => {
    const oauth = mockOAuth(mock);
    const store = redisStore({ client: backend.get().client, key: `test:${randomUUID()}` });
    const expired = await expiredTokens(mock, oauth);
    await store.compareAndSet(undefined, expired);
    const session = createSession(oauth, { tokens: expired, store });
    const first = await session.getAccessToken(); // the one refresh, through Redis
    const before = await commandsRun(backend.get().nodePorts);
    const calls = await Promise.all(Array.from({ length: 1_000 }, () => session.getAccessToken()));
    expect(await commandsRun(backend.get().nodePorts)).toBe(before);
    expect(new Set(calls)).toEqual(new Set([first]));
  });

  test.skipIf(!backend.available)("with a cipher, the stored bytes hold no token, and sessions still share them", async () => {
    const oauth = mockOAuth(mock);
    const key = `test:${randomUUID()}`;
    const cipher = aesGcmCipher(randomBytes(32));
    const store = redisStore({ client: backend.get().client, key, cipher });
    const expired = await expiredTokens(mock, oauth);
    await store.compareAndSet(undefined, expired);
    const fresh = await createSession(oauth, { tokens: expired, store }).getAccessToken();
    const stored = (await store.load()) as TokenSet;
    const raw = JSON.stringify(
      await backend.get().client.eval("return redis.call('HGETALL', KEYS[1])", { keys: [storeKeys(key).tokens], arguments: [] }),
    );
    for (const secret of [fresh, stored.refreshToken as string, expired.accessToken, expired.refreshToken as string]) {
      expect(raw).not.toContain(secret);
    }
    expect(raw).toContain("aesgcm1.");
    // A second process's session over the same key, starting from old tokens, takes the stored ones.
    const other = createSession(oauth, { tokens: expired, store: redisStore({ client: backend.get().client, key, cipher }) });
    expect(await other.getAccessToken()).toBe(fresh);
  });

  test.skipIf(!backend.available)(
    "a holder whose lease ran out cannot overwrite newer tokens: its late compareAndSet fails and its session serves the stored ones",
    async () => {
      const server = await startGraceTokenServer();
      const oauth = createPinterestOAuth({
        clientId: "1",
        clientSecret: "s",
        redirectUri: "http://127.0.0.1/cb",
        baseUrl: server.baseUrl,
      });
      const client = backend.get().client;
      const key = `test:${randomUUID()}`;
      const expired = tokens(0, Date.now() - 7_200_000); // expired an hour ago; the store holds it
      await redisStore({ client, key }).compareAndSet(undefined, expired);
      const late = createSession(oauth, { tokens: expired, store: redisStore({ client, key, lockTtlMs: 200 }) });
      const open = server.hold();
      const arrived = server.nextRequest();
      const lateCall = late.getAccessToken();
      await arrived; // A holds the lock, loaded the store, and waits for its answer
      // A's lease runs out (as if A were paused): the lock key goes, and B takes over.
      await client.eval("return redis.call('DEL', KEYS[1])", { keys: [storeKeys(key).lock], arguments: [] });
      const winner = createSession(oauth, { tokens: expired, store: redisStore({ client, key }) });
      const winnerToken = await winner.getAccessToken();
      open();
      expect(await lateCall).toBe(winnerToken);
      const stored = (await redisStore({ client, key }).load()) as TokenSet;
      expect(stored.accessToken).toBe(winnerToken);
      expect(late.tokens.refreshToken).toBe(stored.refreshToken);
      expect(winnerToken).toBe("pina_late_2"); // A's answer (pina_late_1) came first but was never stored or served
      await server.close();
    },
  );
});

describe("a Redis that does not answer", () => {
  const available = redisAvailable("a Redis that does not answer");
  test.skipIf(!available)(
    "paused (SIGSTOP): the session rejects with persistence_failed after commandTimeoutMs, not the refresh timeout; resumed, it works again",
    async () => {
      const server = await startRedis();
      const mock = await startMockPinterest();
      const client = await connectClient(server.url);
      try {
        const oauth = mockOAuth(mock);
        const store = redisStore({ client, key: `test:${randomUUID()}`, commandTimeoutMs: 500 });
        const expired = await expiredTokens(mock, oauth);
        await store.compareAndSet(undefined, expired);
        const session = createSession(oauth, { tokens: expired, store, refreshTimeoutMs: 30_000 });
        server.pause();
        const error = await session.getAccessToken().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(PinterestOAuthError);
        expect((error as PinterestOAuthError).kind).toBe("persistence_failed");
        expect(String((error as Error).message)).toContain("within 500 ms");
        server.resume();
        const token = await session.getAccessToken();
        expect((await store.load())?.accessToken).toBe(token);
      } finally {
        server.resume();
        client.destroy();
        await mock.close();
        await server.stop();
      }
    },
  );

  test.skipIf(!available)(
    "a release that failed while Redis was down is sent again once it is back: another process need not wait out the lease",
    async () => {
      const server = await startRedis({ appendOnly: true });
      const client = await connectClient(server.url);
      try {
        const lease = { client, key: `test:${randomUUID()}`, commandTimeoutMs: 300, lockTtlMs: 120_000 };
        const release = await redisStore(lease).lock?.();
        let failed: unknown;
        await server.restart({ whileDown: async () => (failed = await release?.().catch((e: unknown) => e)) });
        expect(String(failed)).toMatch(/lock release got no answer from Redis within 300 ms/);
        // Another process, given time for the client to reconnect; it gets the lock far inside the 120 s lease.
        const next = await redisStore({ ...lease, commandTimeoutMs: 5_000 }).lock?.({ signal: AbortSignal.timeout(20_000) });
        await next?.();
      } finally {
        client.destroy();
        await server.stop();
      }
    },
  );

  test.skipIf(!available)(
    "stopped: each step is retried until commandTimeoutMs, then the session rejects with persistence_failed",
    async () => {
      const server = await startRedis();
      const mock = await startMockPinterest();
      const client = await connectClient(server.url);
      try {
        const oauth = mockOAuth(mock);
        const store = redisStore({ client, key: `test:${randomUUID()}`, commandTimeoutMs: 700 });
        const expired = await expiredTokens(mock, oauth);
        await store.compareAndSet(undefined, expired);
        await server.stop();
        const session = createSession(oauth, { tokens: expired, store, refreshTimeoutMs: 30_000 });
        const error = await session.getAccessToken().catch((e: unknown) => e);
        expect((error as PinterestOAuthError).kind).toBe("persistence_failed");
        expect(String((error as Error).message)).toMatch(/within 700 ms \(last error: The client is offline/);
        expect(String(error)).not.toContain(expired.refreshToken as string);
      } finally {
        client.destroy();
        await mock.close();
      }
    },
  );
});

test("a client that was never connected: load() rejects at once, nothing waits", async () => {
  const store = redisStore({ client: createClient({ url: "redis://127.0.0.1:1", disableOfflineQueue: true }), key: "k" });
  await expect(store.load()).rejects.toThrow(/closed/i);
});
