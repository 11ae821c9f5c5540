import type { TokenStore } from "@pinterest-kit/oauth";

/**
 * What the fleet needs from a store under test. A driver is a module exporting
 * `openStoreDriver(options)`; the fleet loads it in the test process (to seed and check) and in
 * every child process (to run sessions), so `options` must be JSON. Every driver honours
 * `lockTtlMs` in its options: the kill and pause cases shorten the lease with it.
 */
export interface StoreDriver {
  /** The store of one user; called once per user per process. */
  createStore(userId: string): TokenStore;
  /** Close connections; the process exits after. */
  close(): Promise<void>;
}

/** The signature of a driver module's `openStoreDriver` export. */
export type OpenStoreDriver = (options: DriverOptions) => Promise<StoreDriver>;

/** Options passed to a driver, as JSON. */
export type DriverOptions = { lockTtlMs?: number } & Record<string, unknown>;

/** A driver module (a path importable from this folder, or absolute) and its options. */
export interface DriverSpec {
  module: string;
  options: DriverOptions;
}

/** Load a driver module and open it. */
export async function openDriver(spec: DriverSpec): Promise<StoreDriver> {
  const module = (await import(spec.module)) as { openStoreDriver?: OpenStoreDriver };
  if (typeof module.openStoreDriver !== "function") {
    throw new TypeError(`${spec.module} must export openStoreDriver(options) → Promise<StoreDriver>.`);
  }
  return module.openStoreDriver(spec.options);
}
