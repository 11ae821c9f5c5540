/**
 * The store-conformance driver module, imported in the test process and in its child processes: an
 * address is `{ connectionString, key }` as JSON, so a fresh process can open the same row.
 */
import type { StoreOpenOptions } from "@pinterest-kit/store-conformance";
import type pg from "pg";
import { postgresStore } from "../../src/index.js";
import { testPool } from "./pools.js";

const pools = new Map<string, pg.Pool>();

export function open(address: string, options: StoreOpenOptions = {}) {
  const { connectionString, key } = JSON.parse(address) as { connectionString: string; key: string };
  let pool = pools.get(connectionString);
  if (!pool) {
    pool = testPool(connectionString, { max: 10 });
    pools.set(connectionString, pool);
  }
  return postgresStore({ pool, key, lockRetryMs: 10, ...(options.lockTtlMs ? { lockTtlMs: options.lockTtlMs } : {}) });
}

export async function close() {
  await Promise.all([...pools.values()].map((pool) => pool.end()));
  pools.clear();
}
