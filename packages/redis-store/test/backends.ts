import { type RedisCluster, type RedisServer, redisAvailable, startRedis, startRedisCluster } from "@pinterest-kit/test-redis";
import { afterAll, beforeAll } from "vitest";
import type { RedisCommands } from "../src/index.js";
import { connectClient, connectCluster } from "./fixtures.js";

/** A Redis to test against: one server, or a 3-master cluster, started for the file that asks. */
export interface Backend {
  client: RedisCommands;
  /** Every node's port, for INFO commandstats. */
  nodePorts: number[];
  server?: RedisServer;
}

export const BACKENDS = ["redis-server", "3-master cluster"] as const;
export type BackendName = (typeof BACKENDS)[number];

/** Start `name` before the suite's tests and stop it after; `available` is false (with one `skipped:` line) without redis-server. */
export function useBackend(name: BackendName, suite: string): { available: boolean; get: () => Backend } {
  const available = redisAvailable(suite);
  let backend: Backend | undefined;
  let stop: (() => Promise<void>) | undefined;
  if (available) {
    beforeAll(async () => {
      if (name === "redis-server") {
        const server = await startRedis();
        const client = await connectClient(server.url);
        backend = { client, nodePorts: [server.port], server };
        stop = async () => {
          client.destroy();
          await server.stop();
        };
      } else {
        const cluster: RedisCluster = await startRedisCluster();
        const client = await connectCluster(cluster.rootNodes);
        backend = { client, nodePorts: cluster.nodes.map((node) => node.port) };
        stop = async () => {
          client.destroy();
          await cluster.stop();
        };
      }
    });
    afterAll(() => stop?.());
  }
  return {
    available,
    get: () => {
      if (!backend) throw new Error("the Redis backend is not started");
      return backend;
    },
  };
}
