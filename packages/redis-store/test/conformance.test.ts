import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { describeTokenStoreConformance } from "@pinterest-kit/store-conformance";
import { type RedisCluster, type RedisServer, redisAvailable, startRedis, startRedisCluster } from "@pinterest-kit/test-redis";
import { afterAll, beforeAll, describe } from "vitest";
import { close, open } from "./fixtures/conformance-driver.js";

const CHILD_MODULE = fileURLToPath(new URL("./fixtures/conformance-driver.ts", import.meta.url));

describe.each(["redis-server", "3-master cluster"] as const)("TokenStore conformance on %s", (backend) => {
  if (!redisAvailable(`TokenStore conformance of redisStore on ${backend}`)) return;
  let server: RedisServer | undefined;
  let cluster: RedisCluster | undefined;
  beforeAll(async () => {
    if (backend === "redis-server") server = await startRedis();
    else cluster = await startRedisCluster();
  });
  afterAll(async () => {
    await close();
    await server?.stop();
    await cluster?.stop();
  });
  describeTokenStoreConformance(`redisStore on ${backend}`, {
    newAddress: () =>
      JSON.stringify(
        cluster ? { rootNodes: cluster.rootNodes, key: `c:${randomUUID()}` } : { url: server?.url, key: `c:${randomUUID()}` },
      ),
    open,
    childModule: CHILD_MODULE,
    lease: { ttlMs: 1_000 },
  });
});
