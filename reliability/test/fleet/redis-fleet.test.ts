import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { type RedisCluster, type RedisServer, redisAvailable, startRedis, startRedisCluster } from "@pinterest-kit/test-redis";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { disruptionCase, fanInCase, killCase, pauseCase } from "./cases.js";
import { expectDisruptionSettled, expectFleetHealthy } from "./expect-fleet.js";
import type { DriverSpec } from "./store-driver.js";

const DRIVER = fileURLToPath(new URL("./drivers/redis-driver.ts", import.meta.url));
const PROCESSES = 8;
const USERS = 250;

describe.each(["redis-server", "3-master cluster"] as const)("fleet on %s", (backend) => {
  const available = redisAvailable(`fleet on ${backend}`);
  let server: RedisServer | undefined;
  let cluster: RedisCluster | undefined;
  const spec = (): DriverSpec => ({
    module: DRIVER,
    options: { prefix: `fleet:${randomUUID()}:`, ...(cluster ? { rootNodes: cluster.rootNodes } : { url: server?.url }) },
  });
  beforeAll(async () => {
    if (!available) return;
    if (backend === "redis-server") server = await startRedis();
    else cluster = await startRedisCluster();
  });
  afterAll(async () => {
    await server?.stop();
    await cluster?.stop();
  });

  test.skipIf(!available)(
    `${PROCESSES} processes × ${USERS} expired users at once: ${USERS} refreshes, every caller served, the last-issued token stored`,
    async () => {
      const { check, wallMs } = await fanInCase(spec(), { processes: PROCESSES, users: USERS });
      expectFleetHealthy(
        `fleet on ${backend}: ${PROCESSES} processes × ${USERS} users`,
        check,
        `, ${check.tokenRequests} token requests, ${Math.round(wallMs)} ms`,
      );
      expect(check.tokenRequests).toBe(USERS);
    },
  );

  test.skipIf(!available)(
    "a lock holder SIGKILLed mid-refresh: another process takes over after the lease, nothing lost",
    async () => {
      const { check, holderExit } = await killCase(spec());
      expect(holderExit).toBe("SIGKILL");
      expectFleetHealthy(`fleet on ${backend}: holder SIGKILLed mid-refresh`, check);
      expect(check.tokenRequests).toBe(2); // the dead holder's (refused once its token rotated) and the taker's
    },
  );

  test.skipIf(!available)(
    "a lock holder SIGSTOPped past its lease: its stale refresh and its late write are refused, what is stored is what callers got",
    async () => {
      const { check, lateWrite } = await pauseCase(spec());
      expectFleetHealthy(`fleet on ${backend}: holder SIGSTOPped past its lease`, check, ", late write refused");
      expect(lateWrite.accepted).toBe(false);
    },
  );
});

describe("fleet on a redis-server restarted mid-run", () => {
  const available = redisAvailable("fleet on a redis-server restarted mid-run");
  test.skipIf(!available)(
    "calls resolve or reject with persistence_failed, none hangs; after the restart every caller is served",
    async () => {
      const server = await startRedis({ appendOnly: true });
      try {
        const spec: DriverSpec = {
          module: DRIVER,
          options: { url: server.url, prefix: `restart:${randomUUID()}:`, commandTimeoutMs: 2_000 },
        };
        const cases = await disruptionCase(spec, {
          processes: 4,
          users: 100,
          afterMs: 30,
          // Down longer than one command timeout and shorter than two: a refresher's write fails, and
          // a lock release sent after it would succeed, leaving the store with a spent refresh token.
          disrupt: () => server.restart({ whileDown: () => sleep(3_000) }),
        });
        expectDisruptionSettled("fleet on a restarted redis-server: 4 processes × 100 users", cases);
      } finally {
        await server.stop();
      }
    },
  );
});
