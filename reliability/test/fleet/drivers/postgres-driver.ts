import { postgresStores } from "@pinterest-kit/postgres-store";
import pg from "pg";
import type { DriverOptions, StoreDriver } from "../store-driver.js";

/** Options of the PostgreSQL driver. `applicationName` labels the process's connections (for pg_terminate_backend). */
export interface PostgresDriverOptions extends DriverOptions {
  connectionString: string;
  applicationName?: string;
  timeoutMs?: number;
}

/** A fleet driver over `@pinterest-kit/postgres-store`: one pg.Pool (10 connections) per process. */
export async function openStoreDriver(options: DriverOptions): Promise<StoreDriver> {
  const { connectionString, applicationName, lockTtlMs, timeoutMs } = options as PostgresDriverOptions;
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    connectionTimeoutMillis: 10_000,
    application_name: applicationName ?? "fleet",
  });
  pool.on("error", () => {}); // an idle connection was terminated: pg drops it, the next query opens another
  const stores = postgresStores({ pool, lockTtlMs, timeoutMs: timeoutMs ?? 20_000 });
  return {
    createStore: (userId) => stores.for(userId),
    close: () => pool.end(),
  };
}
