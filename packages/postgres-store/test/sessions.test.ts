import { type MockPinterest, startMockPinterest } from "@pinterest-kit/mock";
import type { TokenSet } from "@pinterest-kit/oauth";
import { createSession } from "@pinterest-kit/oauth";
import { expiredTokens, mockOAuth, refreshesAt } from "@pinterest-kit/store-conformance/mock-session";
import { type PostgresServer, startPostgres } from "@pinterest-kit/store-conformance/postgres-server";
import type pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect } from "vitest";
import { migrate, postgresStore } from "../src/index.js";
import { testPool } from "./support/pools.js";
import { pgTest, sharedServer } from "./support/shared-server.js";

let mock: MockPinterest;
const pools: pg.Pool[] = [];
beforeEach(async () => {
  mock = await startMockPinterest();
});
afterEach(async () => {
  await mock.close();
  await Promise.all(pools.splice(0).map((pool) => pool.end()));
});

/** A worker's pool, named so that tests can find (and terminate) its connections. */
function workerPool(name: string, connectionString = sharedServer() as string, options: pg.PoolConfig = {}) {
  const pool = testPool(connectionString, { application_name: name, ...options });
  pools.push(pool);
  return pool;
}

async function seeded(pool: pg.Pool, key: string): Promise<TokenSet> {
  const tokens = await expiredTokens(mock);
  await postgresStore({ pool, key }).compareAndSet(undefined, tokens);
  return tokens;
}

describe("sessions of one user in two workers", () => {
  pgTest("refresh once between them: 2 workers × 10 callers, one refresh, all served, the new refresh token stored", async () => {
    const key = `user-${crypto.randomUUID()}`;
    const initial = await seeded(workerPool("seed"), key);
    const sessions = ["worker-a", "worker-b"].map((name) =>
      createSession(mockOAuth(mock), { tokens: initial, store: postgresStore({ pool: workerPool(name), key }) }),
    );
    const tokens = await Promise.all(sessions.flatMap((session) => Array.from({ length: 10 }, () => session.getAccessToken())));
    expect(refreshesAt(mock)).toBe(1);
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]).not.toBe(initial.accessToken);
    const stored = await postgresStore({ pool: workerPool("check"), key }).load();
    expect(stored?.accessToken).toBe(tokens[0]);
    // The stored refresh token is the live one: the mock accepts it (and it rotates once more).
    expect((await mockOAuth(mock).refreshToken(stored?.refreshToken as string)).refreshToken).toMatch(/^pinr_/);
  });

  pgTest("a holder whose connection is terminated (pg_terminate_backend) mid-refresh still stores its tokens", async () => {
    const key = `user-${crypto.randomUUID()}`;
    const admin = workerPool("admin");
    const initial = await seeded(admin, key);
    mock.fail({ type: "delay", ms: 1500 }, { path: "/v5/oauth/token" });
    const holder = createSession(mockOAuth(mock), {
      tokens: initial,
      store: postgresStore({ pool: workerPool("holder"), key, lockTtlMs: 600 }),
    });
    const waiter = createSession(mockOAuth(mock), { tokens: initial, store: postgresStore({ pool: workerPool("waiter"), key }) });
    const first = holder.getAccessToken();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = waiter.getAccessToken();
    const { rows } = await admin.query(
      "SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE application_name = 'holder'",
    );
    expect(rows.length).toBeGreaterThan(0);
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBe(b);
    expect(refreshesAt(mock)).toBe(1);
    expect((await postgresStore({ pool: admin, key }).load())?.accessToken).toBe(a);
  });
});

describe("a database that does not answer", () => {
  pgTest(
    "a row lock held elsewhere: the session rejects with persistence_failed at the store's deadline, and works after",
    async () => {
      const key = `user-${crypto.randomUUID()}`;
      const admin = workerPool("admin");
      const initial = await seeded(admin, key);
      const blocker = await admin.connect();
      await blocker.query("BEGIN");
      await blocker.query("SELECT 1 FROM pinterest_tokens WHERE key = $1 FOR UPDATE", [key]);
      const session = createSession(mockOAuth(mock), {
        tokens: initial,
        store: postgresStore({ pool: workerPool("blocked"), key, timeoutMs: 500, lockTtlMs: 120_000 }),
        refreshTimeoutMs: 30_000, // far later: a hang would end as "timeout", not "persistence_failed"
      });
      await expect(session.getAccessToken()).rejects.toMatchObject({
        kind: "persistence_failed",
        message: expect.stringContaining("did not answer within 500 ms"),
      });
      await blocker.query("ROLLBACK");
      blocker.release();
      // The timed-out lock statement ran once the row lock went; it must not hold the lease for its 120 s.
      expect(await session.getAccessToken({ signal: AbortSignal.timeout(20_000) })).toMatch(/^pina_/);
      expect(refreshesAt(mock)).toBe(1);
    },
  );

  describe("the server process paused with SIGSTOP", () => {
    let server: PostgresServer | undefined;
    beforeAll(async () => {
      if (sharedServer()) server = await startPostgres();
    });
    afterAll(async () => {
      await server?.signal("SIGCONT");
      await server?.stop();
    });

    pgTest("sessions reject with persistence_failed within the deadline; resumed, they refresh and persist", async () => {
      const live = server as PostgresServer;
      const key = `user-${crypto.randomUUID()}`;
      const admin = workerPool("admin", live.connectionString);
      await migrate(admin);
      const initial = await seeded(admin, key);
      // No connectionTimeoutMillis: the store's own deadline must bound the wait for a connection too.
      const pool = workerPool("paused", live.connectionString, { connectionTimeoutMillis: 0 });
      await pool.query("SELECT 1");
      const session = createSession(mockOAuth(mock), {
        tokens: initial,
        store: postgresStore({ pool, key, timeoutMs: 700, lockTtlMs: 120_000 }),
        refreshTimeoutMs: 30_000,
      });
      await live.signal("SIGSTOP");
      try {
        const outcomes = await Promise.allSettled([session.getAccessToken(), session.getAccessToken()]);
        for (const outcome of outcomes) {
          expect(outcome).toMatchObject({ status: "rejected", reason: { kind: "persistence_failed" } });
        }
      } finally {
        await live.signal("SIGCONT");
      }
      // Lock statements sent while it was paused run now; none may leave a lease to wait out (120 s).
      expect(await session.getAccessToken({ signal: AbortSignal.timeout(20_000) })).toMatch(/^pina_/);
      expect((await postgresStore({ pool: admin, key }).load())?.accessToken).toBe(session.tokens.accessToken);
    });

    pgTest(
      "a release sent while the server is down is sent again once it is back: another worker need not wait out the lease",
      async () => {
        const live = server as PostgresServer;
        const key = `user-${crypto.randomUUID()}`;
        const admin = workerPool("admin", live.connectionString);
        await migrate(admin);
        await seeded(admin, key);
        const lease = { key, timeoutMs: 500, lockTtlMs: 120_000 };
        const release = await postgresStore({ pool: workerPool("holder", live.connectionString), ...lease }).lock?.();
        await live.restart({ whileDown: async () => release?.() });
        // Another worker, with a deadline that leaves room to connect; it gets the lease far inside its 120 s.
        const other = postgresStore({ pool: workerPool("other", live.connectionString), ...lease, timeoutMs: 5_000 });
        const next = await other.lock?.({ signal: AbortSignal.timeout(20_000) });
        await next?.();
      },
    );
  });
});
