import { redisStores } from "@pinterest-kit/redis-store";
import { createClient, createCluster } from "redis";
import type { DriverOptions, StoreDriver } from "../store-driver.js";

/** Options of the Redis driver: one server (`url`) or a cluster (`rootNodes`). */
export interface RedisDriverOptions extends DriverOptions {
  url?: string;
  rootNodes?: { url: string }[];
  prefix: string;
  commandTimeoutMs?: number;
}

const socket = { connectTimeout: 2_000, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 500) };

/** A fleet driver over `@pinterest-kit/redis-store`: one node-redis client (or cluster) per process. */
export async function openStoreDriver(options: DriverOptions): Promise<StoreDriver> {
  const { url, rootNodes, prefix, lockTtlMs, commandTimeoutMs } = options as RedisDriverOptions;
  const client = rootNodes
    ? createCluster({ rootNodes, defaults: { disableOfflineQueue: true, socket } })
    : createClient({ url, disableOfflineQueue: true, socket });
  client.on("error", () => {}); // reconnects are reported here; the store's calls fail on their own
  await client.connect();
  const stores = redisStores({ client, prefix, lockTtlMs, commandTimeoutMs });
  return {
    createStore: (userId) => stores.for(userId),
    close: async () => {
      client.destroy();
    },
  };
}
