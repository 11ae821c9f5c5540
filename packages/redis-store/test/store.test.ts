import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { redisStore, redisStores, storeKeys } from "../src/index.js";
import { BACKENDS, useBackend } from "./backends.js";
import { tokens } from "./fixtures.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(BACKENDS)("redisStore on %s", (name) => {
  const backend = useBackend(name, `redisStore on ${name}`);
  const store = (options: { lockTtlMs?: number } = {}) =>
    redisStore({ client: backend.get().client, key: `test:${randomUUID()}`, ...options });

  describe.skipIf(!backend.available)("compareAndSet", () => {
    const cases: [
      string,
      { given: (s: ReturnType<typeof store>) => Promise<unknown>; want: { wrote: boolean; holds: number | undefined } },
    ][] = [
      [
        "first write into an empty store",
        { given: (s) => s.compareAndSet(undefined, tokens(1)), want: { wrote: true, holds: 1 } },
      ],
      [
        "a first write when someone already wrote",
        {
          given: async (s) => (await s.compareAndSet(undefined, tokens(1))) && s.compareAndSet(undefined, tokens(2)),
          want: { wrote: false, holds: 1 },
        },
      ],
      [
        "over what was loaded",
        {
          given: async (s) => {
            await s.compareAndSet(undefined, tokens(1));
            return s.compareAndSet(await s.load(), tokens(2));
          },
          want: { wrote: true, holds: 2 },
        },
      ],
      [
        "over equal tokens built elsewhere (fingerprint)",
        {
          given: async (s) => (await s.compareAndSet(undefined, tokens(1))) && s.compareAndSet(tokens(1), tokens(2)),
          want: { wrote: true, holds: 2 },
        },
      ],
      [
        "over tokens the store no longer holds",
        {
          given: async (s) => {
            await s.compareAndSet(undefined, tokens(1));
            await s.compareAndSet(tokens(1), tokens(2));
            return s.compareAndSet(tokens(1), tokens(3));
          },
          want: { wrote: false, holds: 2 },
        },
      ],
      [
        "over an older version of equal tokens (A → B → A: the version fences)",
        {
          given: async (s) => {
            await s.compareAndSet(undefined, tokens(1));
            const loaded = await s.load();
            await s.compareAndSet(loaded, tokens(2));
            await s.compareAndSet(tokens(2), tokens(1));
            return s.compareAndSet(loaded, tokens(3));
          },
          want: { wrote: false, holds: 1 },
        },
      ],
    ];
    test.each(cases)("%s", async (_name, { given, want }) => {
      const s = store();
      expect(await given(s)).toBe(want.wrote);
      const held = await s.load();
      expect(held?.accessToken).toBe(want.holds === undefined ? undefined : tokens(want.holds).accessToken);
    });

    test("200 concurrent compareAndSet over the same loaded tokens: exactly one wins", async () => {
      const s = store();
      await s.compareAndSet(undefined, tokens(0));
      const loaded = await s.load();
      const wins = await Promise.all(Array.from({ length: 200 }, (_, i) => s.compareAndSet(loaded, tokens(i + 1))));
      expect(wins.filter(Boolean)).toHaveLength(1);
      expect((await s.load())?.accessToken).toBe(tokens(wins.indexOf(true) + 1).accessToken);
    });

    test("load() of an empty store is undefined; a stored TokenSet reads back equal", async () => {
      const s = store();
      expect(await s.load()).toBeUndefined();
      await s.compareAndSet(undefined, tokens(7));
      expect((await s.load())?.toJSON()).toEqual(tokens(7).toJSON());
    });
  });

  describe.skipIf(!backend.available)("lock", () => {
    test("excludes a second holder until released", async () => {
      const key = `test:${randomUUID()}`;
      const a = redisStore({ client: backend.get().client, key });
      const b = redisStore({ client: backend.get().client, key });
      const releaseA = await a.lock?.();
      let bHolds = false;
      const bLock = b.lock?.().then((release) => {
        bHolds = true;
        return release;
      });
      await sleep(300);
      expect(bHolds).toBe(false);
      await releaseA?.();
      const releaseB = await bLock;
      expect(bHolds).toBe(true);
      await releaseB?.();
    });

    test("a lease that ran out is taken over, and the old holder's release leaves the new lock alone", async () => {
      const key = `test:${randomUUID()}`;
      const client = backend.get().client;
      const a = redisStore({ client, key, lockTtlMs: 200 });
      const releaseA = await a.lock?.();
      // A's renewal timer runs in this process; stop it from renewing by letting the key vanish.
      await client.eval("return redis.call('DEL', KEYS[1])", { keys: [storeKeys(key).lock], arguments: [] });
      const releaseB = await redisStore({ client, key, lockTtlMs: 5_000 }).lock?.();
      await releaseA?.();
      const c = redisStore({ client, key }).lock?.({ signal: AbortSignal.timeout(400) });
      await expect(c).rejects.toThrow();
      await releaseB?.();
    });

    test("is renewed while held past half its TTL", async () => {
      const key = `test:${randomUUID()}`;
      const client = backend.get().client;
      const release = await redisStore({ client, key, lockTtlMs: 300 }).lock?.();
      await sleep(900);
      const other = redisStore({ client, key }).lock?.({ signal: AbortSignal.timeout(300) });
      await expect(other).rejects.toThrow();
      await release?.();
    });

    test("a waiter whose signal aborts rejects with the signal's reason", async () => {
      const key = `test:${randomUUID()}`;
      const client = backend.get().client;
      const release = await redisStore({ client, key }).lock?.();
      const reason = new Error("gave up");
      const controller = new AbortController();
      const waiting = redisStore({ client, key }).lock?.({ signal: controller.signal });
      setTimeout(() => controller.abort(reason), 100);
      await expect(waiting).rejects.toBe(reason);
      await release?.();
    });
  });

  describe.skipIf(!backend.available)("redisStores", () => {
    test("one store per user under the prefix, each user's keys in one hash tag", async () => {
      const stores = redisStores({ client: backend.get().client, prefix: `test:${randomUUID()}:` });
      await stores.for("alice").compareAndSet(undefined, tokens(1));
      await stores.for("bob").compareAndSet(undefined, tokens(2));
      expect((await stores.for("alice").load())?.accessToken).toBe(tokens(1).accessToken);
      expect((await stores.for("bob").load())?.accessToken).toBe(tokens(2).accessToken);
    });
  });
});

describe("bad options are refused before any command", () => {
  const client = { hmGet: async () => [], evalSha: async () => 0, eval: async () => 0 };
  const cases: [string, { given: () => unknown; want: RegExp }][] = [
    [
      "no client",
      { given: () => redisStore({ key: "k" } as never), want: /options\.client must be a connected node-redis client/ },
    ],
    ["empty key", { given: () => redisStore({ client, key: "" }), want: /options\.key must be a non-empty string/ }],
    [
      "lockTtlMs too small",
      { given: () => redisStore({ client, key: "k", lockTtlMs: 5 }), want: /lockTtlMs must be a finite number/ },
    ],
    [
      "commandTimeoutMs not a number",
      { given: () => redisStore({ client, key: "k", commandTimeoutMs: "1" as never }), want: /commandTimeoutMs must be/ },
    ],
    [
      "a cipher without decrypt",
      {
        given: () => redisStore({ client, key: "k", cipher: { encrypt: async (s: string) => s } as never }),
        want: /cipher must be a TokenCipher/,
      },
    ],
    [
      "a prefix with braces",
      { given: () => redisStores({ client, prefix: "a{b}" }), want: /prefix must be a string without braces/ },
    ],
    ["a user id with braces", { given: () => redisStores({ client, prefix: "p:" }).for("{x}"), want: /user id without braces/ }],
  ];
  test.each(cases)("%s", (_name, { given, want }) => {
    expect(given).toThrow(want);
  });
});

describe("storeKeys", () => {
  const cases: [string, { given: string; want: { tokens: string; lock: string } }][] = [
    ["a plain key becomes its own hash tag", { given: "user:1", want: { tokens: "{user:1}", lock: "{user:1}:lock" } }],
    ["a key with a hash tag is kept", { given: "tokens:{1}", want: { tokens: "tokens:{1}", lock: "tokens:{1}:lock" } }],
  ];
  test.each(cases)("%s", (_name, { given, want }) => {
    expect(storeKeys(given)).toEqual(want);
  });
});
