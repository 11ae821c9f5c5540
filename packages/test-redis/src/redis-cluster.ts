import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { type RedisServer, sendRaw, startRedis } from "./redis-server.js";

const run = promisify(execFile);

/** A Redis Cluster of 3 masters and no replicas, each a {@link RedisServer}. */
export interface RedisCluster {
  readonly nodes: readonly RedisServer[];
  /** `[{ url }]` of every node, the `rootNodes` of node-redis's `createCluster`. */
  readonly rootNodes: { url: string }[];
  stop(): Promise<void>;
}

/**
 * Three `redis-server --cluster-enabled yes` on free ports, joined with
 * `redis-cli --cluster create … --cluster-replicas 0 --cluster-yes`; resolves once every node
 * reports `cluster_state:ok`.
 */
export async function startRedisCluster(): Promise<RedisCluster> {
  const nodes: RedisServer[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      nodes.push(
        await startRedis({
          args: ["--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "2000"],
        }),
      );
    }
    const addresses = nodes.map((node) => `127.0.0.1:${node.port}`);
    await run("redis-cli", ["--cluster", "create", ...addresses, "--cluster-replicas", "0", "--cluster-yes"], {
      timeout: 30_000,
    });
    await untilClusterOk(nodes, 20_000);
  } catch (error) {
    await Promise.all(nodes.map((node) => node.stop()));
    throw error;
  }
  return {
    nodes,
    rootNodes: nodes.map((node) => ({ url: node.url })),
    stop: async () => {
      await Promise.all(nodes.map((node) => node.stop()));
    },
  };
}

async function untilClusterOk(nodes: readonly RedisServer[], ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const states = await Promise.all(nodes.map((node) => sendRaw(node.port, "CLUSTER INFO\r\n").catch(() => "")));
    if (states.every((info) => info.includes("cluster_state:ok"))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the Redis Cluster did not reach cluster_state:ok within ${ms} ms.`);
}
