import { readFile } from "node:fs/promises";
import { aesGcmCipher } from "@pinterest-kit/oauth";
import { json, tokensNamed } from "@pinterest-kit/store-conformance";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { migrate, migrationSql, PostgresStoreError, postgresStore, postgresStores, type Queryable } from "../src/index.js";
import { testPool } from "./support/pools.js";
import { pgTest, sharedServer } from "./support/shared-server.js";

let pool: pg.Pool;
beforeAll(() => {
  const connectionString = sharedServer();
  if (connectionString) pool = testPool(connectionString);
});
afterAll(() => pool?.end());

const newKey = () => `user-${crypto.randomUUID()}`;

/** A pool that counts the statements sent through it. */
function counting(inner: Queryable) {
  const sent: string[] = [];
  const queryable: Queryable = {
    query: (config) => {
      sent.push(config.text.split(/\s/)[0] as string);
      return inner.query(config);
    },
  };
  return { queryable, sent };
}

describe("migrate", () => {
  pgTest("creates the table once (idempotent), and the README carries the same SQL", async () => {
    const table = `tokens_${crypto.randomUUID().slice(0, 8)}`;
    await migrate(pool, { table });
    await migrate(pool, { table });
    const { rows } = await pool.query(
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position",
      [table],
    );
    expect(rows.map((row) => `${row.column_name} ${row.data_type}`)).toEqual([
      "key text",
      "tokens jsonb",
      "version bigint",
      "lock_owner text",
      "lock_expires_at timestamp with time zone",
      "updated_at timestamp with time zone",
    ]);
    const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");
    expect(readme).toContain(migrationSql());
  });

  pgTest("a store on a table nobody migrated fails with not_migrated, naming migrate(pool)", async () => {
    const store = postgresStore({ pool, key: newKey(), table: "never_migrated" });
    const error = await store.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostgresStoreError);
    expect(error).toMatchObject({ code: "not_migrated", sqlState: "42P01", message: expect.stringContaining("migrate(pool)") });
  });
});

describe("bad input", () => {
  const fakePool = { query: async () => ({ rows: [] }) } as unknown as Queryable;
  const cases: [string, { given: () => unknown; want: RegExp }][] = [
    ["no options", { given: () => postgresStore(undefined as never), want: /takes \{ pool, key \}/ }],
    ["no pool", { given: () => postgresStore({ key: "u1" } as never), want: /options\.pool must be a pg\.Pool/ }],
    ["empty key", { given: () => postgresStore({ pool: fakePool, key: "" }), want: /options\.key must be a non-empty string/ }],
    [
      "a table name that is not an identifier",
      { given: () => postgresStore({ pool: fakePool, key: "u1", table: "t; DROP TABLE x" }), want: /options\.table must be/ },
    ],
    [
      "lockTtlMs too short",
      { given: () => postgresStore({ pool: fakePool, key: "u1", lockTtlMs: 5 }), want: /lockTtlMs must be/ },
    ],
    [
      "timeoutMs not a number",
      { given: () => postgresStore({ pool: fakePool, key: "u1", timeoutMs: "1s" as never }), want: /timeoutMs/ },
    ],
    [
      "a cipher without decrypt",
      { given: () => postgresStore({ pool: fakePool, key: "u1", cipher: {} as never }), want: /TokenCipher/ },
    ],
    ["postgresStores().for('')", { given: () => postgresStores({ pool: fakePool }).for(""), want: /for\(key\) needs/ }],
    ["migrate without a pool", { given: () => migrate(undefined as never), want: /migrate\(pool\) needs a pg\.Pool/ }],
  ];
  pgTest.each(cases)("%s: a TypeError saying what to pass", async (_name, { given, want }) => {
    await expect(async () => given()).rejects.toThrow(want);
  });
});

describe("statements", () => {
  pgTest("a compareAndSet over loaded tokens, an uncontended lock and its release are one statement each", async () => {
    const { queryable, sent } = counting(pool);
    const store = postgresStore({ pool: queryable, key: newKey() });
    await store.compareAndSet(undefined, tokensNamed("first"));
    const loaded = await store.load();
    sent.length = 0;
    const release = await store.lock?.();
    expect(sent).toEqual(["WITH"]);
    expect(await store.compareAndSet(loaded, tokensNamed("second"))).toBe(true);
    await release?.();
    expect(sent).toEqual(["WITH", "UPDATE", "UPDATE"]);
  });

  pgTest("every write bumps the version and the updated time; a refused one changes nothing", async () => {
    const key = newKey();
    const store = postgresStore({ pool, key });
    const row = async () => (await pool.query("SELECT version, updated_at FROM pinterest_tokens WHERE key = $1", [key])).rows[0];
    await store.compareAndSet(undefined, tokensNamed("v1"));
    const first = await row();
    const loaded = await store.load();
    await store.compareAndSet(loaded, tokensNamed("v2"));
    const second = await row();
    expect(await store.compareAndSet(loaded, tokensNamed("v3_stale"))).toBe(false);
    expect(await row()).toEqual(second);
    expect([first.version, second.version]).toEqual(["1", "2"]);
    expect(second.updated_at.getTime()).toBeGreaterThanOrEqual(first.updated_at.getTime());
  });

  pgTest("the lease's expiry is set by the database's clock, lockTtlMs ahead of now()", async () => {
    const key = newKey();
    const release = await postgresStore({ pool, key, lockTtlMs: 60_000 }).lock?.();
    const { rows } = await pool.query(
      "SELECT extract(epoch FROM lock_expires_at - now()) * 1000 AS ahead, lock_owner FROM pinterest_tokens WHERE key = $1",
      [key],
    );
    expect(Number(rows[0].ahead)).toBeGreaterThan(50_000);
    expect(Number(rows[0].ahead)).toBeLessThanOrEqual(60_000);
    expect(rows[0].lock_owner).toMatch(/^[0-9a-f-]{36}$/);
    await release?.();
    const after = await pool.query("SELECT lock_owner, lock_expires_at FROM pinterest_tokens WHERE key = $1", [key]);
    expect(after.rows[0]).toEqual({ lock_owner: null, lock_expires_at: null });
  });

  pgTest(
    "waiting sessions run lease attempts on at most half the pool's connections; the holder's statements get through",
    async () => {
      const small = testPool(sharedServer() as string, { max: 4 });
      let inFlight = 0;
      let most = 0;
      const queryable = {
        options: small.options,
        async query(config: Parameters<Queryable["query"]>[0]) {
          const attempt = config.text.startsWith("WITH");
          if (attempt) most = Math.max(most, ++inFlight);
          try {
            return await small.query(config);
          } finally {
            if (attempt) inFlight--;
          }
        },
      } as Queryable;
      try {
        const key = newKey();
        const stores = postgresStores({ pool: queryable, lockRetryMs: 1, lockRetryMaxMs: 5 });
        const holder = stores.for(key);
        await holder.compareAndSet(undefined, tokensNamed("before"));
        const release = await holder.lock?.();
        const waiting = Array.from({ length: 12 }, async () => {
          const mine = await stores.for(key).lock?.();
          await mine?.();
        });
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(await holder.compareAndSet(await holder.load(), tokensNamed("after"))).toBe(true);
        await release?.();
        await Promise.all(waiting);
        expect(most).toBe(2);
      } finally {
        await small.end();
      }
    },
  );

  pgTest(
    "a statement whose backend is terminated under it (pg_terminate_backend) is sent again on another connection",
    async () => {
      const key = newKey();
      const store = postgresStore({ pool, key });
      await store.compareAndSet(undefined, tokensNamed("before"));
      const loaded = await store.load();
      const victim = testPool(sharedServer() as string, { application_name: "terminated-under-cas" });
      const blocker = await pool.connect();
      try {
        await blocker.query("BEGIN");
        await blocker.query("SELECT 1 FROM pinterest_tokens WHERE key = $1 FOR UPDATE", [key]);
        const next = tokensNamed("after");
        const writing = postgresStore({ pool: victim, key, timeoutMs: 20_000 }).compareAndSet(loaded, next);
        const waitingBackend = async () =>
          (
            await pool.query(
              "SELECT pid FROM pg_stat_activity WHERE application_name = 'terminated-under-cas' AND wait_event_type = 'Lock'",
            )
          ).rows.map((row) => row.pid as number);
        let pids: number[] = [];
        for (let tries = 0; pids.length === 0 && tries < 200; tries++) {
          await new Promise((resolve) => setTimeout(resolve, 25));
          pids = await waitingBackend();
        }
        expect(pids).toHaveLength(1);
        await pool.query("SELECT pg_terminate_backend($1)", [pids[0]]);
        await blocker.query("ROLLBACK");
        expect(await writing).toBe(true);
        expect(json(await store.load())).toEqual(json(next));
      } finally {
        blocker.release();
        await victim.end();
      }
    },
  );

  pgTest("postgresStores().for(key) gives each user their own row", async () => {
    const stores = postgresStores({ pool });
    const [a, b] = [newKey(), newKey()];
    const tokensA = tokensNamed("a");
    await stores.for(a).compareAndSet(undefined, tokensA);
    expect(await stores.for(b).load()).toBeUndefined();
    expect(json(await stores.for(a).load())).toEqual(json(tokensA));
  });
});

describe("cipher", () => {
  const cipher = aesGcmCipher(new Uint8Array(32).fill(7));

  pgTest("with a cipher the row holds no token, and tokens load back", async () => {
    const key = newKey();
    const tokens = tokensNamed("secret");
    const store = postgresStore({ pool, key, cipher });
    await store.compareAndSet(undefined, tokens);
    const { rows } = await pool.query("SELECT tokens::text AS raw FROM pinterest_tokens WHERE key = $1", [key]);
    expect(rows[0].raw).toMatch(/^"aesgcm1\./);
    expect(rows[0].raw).not.toContain(tokens.accessToken);
    expect(rows[0].raw).not.toContain(tokens.refreshToken);
    expect(json(await store.load())).toEqual(json(tokens));
  });

  const mismatches: [string, { writer: "clear" | "encrypted"; reader: "clear" | "encrypted" | "other key"; want: RegExp }][] = [
    ["encrypted row, store without cipher", { writer: "encrypted", reader: "clear", want: /has no cipher/ }],
    ["clear row, store with a cipher", { writer: "clear", reader: "encrypted", want: /in clear/ }],
    ["encrypted with another key", { writer: "encrypted", reader: "other key", want: /does not decrypt/ }],
  ];
  pgTest.each(mismatches)("%s: bad_stored_value, quoting no token", async (_name, { writer, reader, want }) => {
    const key = newKey();
    const tokens = tokensNamed("mismatch");
    const ciphers = { clear: undefined, encrypted: cipher, "other key": aesGcmCipher(new Uint8Array(32).fill(9)) };
    await postgresStore({ pool, key, cipher: ciphers[writer] }).compareAndSet(undefined, tokens);
    const error = await postgresStore({ pool, key, cipher: ciphers[reader] })
      .load()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "bad_stored_value", message: expect.stringMatching(want) });
    expect(String((error as Error).message)).not.toContain(tokens.refreshToken);
  });

  pgTest("a row that is not a TokenSet: bad_stored_value", async () => {
    const key = newKey();
    await pool.query("INSERT INTO pinterest_tokens (key, tokens, version) VALUES ($1, $2, 1)", [key, '{"accessToken":"pina_x"}']);
    await expect(postgresStore({ pool, key }).load()).rejects.toMatchObject({ code: "bad_stored_value" });
  });
});
