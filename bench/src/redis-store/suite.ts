import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { createPinterestOAuth, createSession, memoryStore, TokenSet } from "@pinterest-kit/oauth";
import { redisStore } from "@pinterest-kit/redis-store";
import { commandsRun, redisAvailable, startRedis } from "@pinterest-kit/test-redis";
import { createClient } from "redis";
import { seedFleet } from "../../../reliability/test/fleet/run-fleet.js";
import { count, ms, ratio } from "../format.js";
import { interleavedBlocks } from "../request/interleaved-blocks.js";
import { median, percentiles } from "../stats.js";
import { atMost, type BenchConfig, type Suite, type TargetCheck } from "../suite.js";

const BATCH = 100;
/** What redisStore sends (the SET, GET, DEL, HSET… inside its scripts are not counted again). */
const SENT = ["evalsha", "eval", "hmget"];
const REDIS_DRIVER = fileURLToPath(new URL("../../../reliability/test/fleet/drivers/redis-driver.ts", import.meta.url));

/**
 * Shared token stores: a fresh access token through a session over redisStore vs memoryStore (both
 * served from the session's memory), and the reliability suite's fleet fan-in (P processes × N
 * expired users at once) on a redis-server started here, counting token requests at the mock and
 * Redis commands per refresh (INFO commandstats).
 */
export const redisStoreSuite: Suite = {
  id: "redis-store",
  title: "7. Redis token store",
  async run(config: BenchConfig) {
    if (!redisAvailable("bench: Redis token store")) {
      return {
        tables: [],
        targets: [],
        notes: ["skipped: redis-server not found (apt-get install redis-server)."],
        data: { skipped: true },
      };
    }
    const server = await startRedis();
    try {
      const fresh = await freshTokenCalls(server.url, config);
      const fleet = await fleetFanIn(server.url, server.port, config);
      return summarize(fresh, fleet);
    } finally {
      await server.stop();
    }
  },
};

/** Tokens received just now, valid for 30 days: getAccessToken() never needs a refresh. */
function freshTokens(): TokenSet {
  const now = Date.now();
  return new TokenSet({
    accessToken: "pina_FRESH",
    tokenType: "bearer",
    scopes: ["user_accounts:read"],
    expiresIn: 2_592_000,
    receivedAt: now,
    expiresAt: now + 2_592_000_000,
    refreshToken: "pinr_FRESH",
  });
}

async function freshTokenCalls(url: string, config: BenchConfig) {
  const client = await createClient({ url, disableOfflineQueue: true }).connect();
  try {
    const oauth = createPinterestOAuth({ clientId: "1", clientSecret: "s", redirectUri: "http://127.0.0.1/cb" });
    const redis = redisStore({ client, key: `bench:${randomUUID()}` });
    await redis.compareAndSet(undefined, freshTokens());
    const memorySession = createSession(oauth, { tokens: freshTokens(), store: memoryStore(freshTokens()) });
    const redisSession = createSession(oauth, { tokens: (await redis.load()) as TokenSet, store: redis });
    // One sample is a batch of BATCH calls: a single call takes well under a microsecond, below
    // what the timer resolves.
    const plan = config.quick ? { blocks: 2, callsPerBlock: 200 } : { blocks: 16, callsPerBlock: 1_000 };
    const batch = (session: typeof memorySession) => async () => {
      for (let call = 0; call < BATCH; call++) await session.getAccessToken();
    };
    const before = await commandsRun([Number(new URL(url).port)]);
    const samples = await interleavedBlocks(
      [
        [
          { name: "memoryStore", fn: batch(memorySession) },
          { name: "redisStore", fn: batch(redisSession) },
        ],
      ],
      plan,
    );
    const redisCommands = (await commandsRun([Number(new URL(url).port)])) - before;
    const perCall = (name: string) => percentiles((samples.latency.get(name) ?? []).map((batchMs) => batchMs / BATCH));
    return {
      memory: perCall("memoryStore"),
      redis: perCall("redisStore"),
      calls: plan.blocks * plan.callsPerBlock * BATCH,
      redisCommands,
    };
  } finally {
    client.destroy();
  }
}

async function fleetFanIn(url: string, port: number, config: BenchConfig) {
  const processes = 8;
  const users = config.quick ? 50 : 250;
  const trials = config.quick ? 1 : 3;
  const runs = [];
  for (let trial = 0; trial < trials; trial++) {
    const fleet = await seedFleet({ module: REDIS_DRIVER, options: { url, prefix: `bench:${randomUUID()}:` } }, users);
    try {
      const children = await fleet.start(processes);
      const commandsBefore = await commandsRun([port], SENT);
      const started = performance.now();
      const results = await fleet.go(children);
      const wallMs = performance.now() - started;
      const commands = (await commandsRun([port], SENT)) - commandsBefore;
      await fleet.finish(children);
      const check = await fleet.check(results);
      const kinds = [...new Set(check.failures.map((f) => f.kind))].join(", ");
      runs.push({ wallMs, commands, ...check, failures: check.failures.length, failureKinds: kinds });
    } finally {
      await fleet.close();
    }
  }
  return { processes, users, runs };
}

/** Nanoseconds, for per-call times far below a microsecond. */
const ns = (valueMs: number) => `${Math.round(valueMs * 1e6)} ns`;

function summarize(fresh: Awaited<ReturnType<typeof freshTokenCalls>>, fleet: Awaited<ReturnType<typeof fleetFanIn>>) {
  const slowdown = fresh.redis.p50 / fresh.memory.p50;
  const targets: TargetCheck[] = [
    atMost("getAccessToken() on a fresh token, redisStore / memoryStore (p50)", slowdown, 1.1, ratio(slowdown), "≤ 1.10×"),
  ];
  const maxRequests = Math.max(...fleet.runs.map((r) => r.tokenRequests));
  const failures = fleet.runs.reduce((sum, r) => sum + r.failures, 0);
  targets.push({
    name: `fleet fan-in ${fleet.processes} × ${fleet.users}: token requests`,
    goal: String(fleet.users),
    measured: String(maxRequests),
    met: maxRequests === fleet.users && failures === 0,
    gap:
      maxRequests === fleet.users && failures === 0
        ? ""
        : `${maxRequests} requests, ${failures} callers failed (${[...new Set(fleet.runs.map((r) => r.failureKinds).filter(Boolean))].join(", ")})`,
  });
  const wall = median(fleet.runs.map((r) => r.wallMs));
  const commandsPerRefresh = median(fleet.runs.map((r) => r.commands / Math.max(1, r.refreshes)));
  return {
    tables: [
      {
        title: "getAccessToken() on a fresh access token (served from the session's memory)",
        head: ["store", "p50 / call", "p99 / call", "vs memoryStore (p50)", "calls", "Redis commands"],
        rows: [
          ["memoryStore", ns(fresh.memory.p50), ns(fresh.memory.p99), "1.00×", count(fresh.calls), "–"],
          [
            "redisStore",
            ns(fresh.redis.p50),
            ns(fresh.redis.p99),
            ratio(slowdown),
            count(fresh.calls),
            count(fresh.redisCommands),
          ],
        ],
      },
      {
        title: `Fleet fan-in on redis-server: ${fleet.processes} processes × ${fleet.users} users with expired tokens, all calling at once`,
        head: [
          "callers",
          "served",
          "last caller served (median)",
          "token requests",
          "Redis commands / refresh (median)",
          "trials",
        ],
        rows: [
          [
            count(fleet.processes * fleet.users),
            count(Math.min(...fleet.runs.map((r) => r.served))),
            ms(wall),
            String(maxRequests),
            commandsPerRefresh.toFixed(1),
            String(fleet.runs.length),
          ],
        ],
      },
    ],
    targets,
    notes: [
      "Fresh token: the request suite's interleaved tinybench blocks (16 × 1,000 samples of 100 sequential calls each, per-call times from the batch), one session each over memoryStore and redisStore (a redis-server started for the run); the Redis command count over all those calls shows they never reach Redis.",
      "Fleet: the reliability suite's fleet harness (reliability/test/fleet), each process one node-redis client and one session per user; wall time from the go signal to the last process's report; token requests counted at @pinterest-kit/mock; commands sent (EVALSHA, EVAL, HMGET from INFO commandstats: lock attempts and polls, loads, compareAndSet, releases, renewals) divided by the refreshes.",
    ],
    data: { fresh, fleet },
  };
}
