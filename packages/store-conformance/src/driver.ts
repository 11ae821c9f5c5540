import type { TokenStore } from "@pinterest-kit/oauth";

/** How a store is opened, for the conformance suite and for the child processes it starts. */
export interface StoreOpenOptions {
  /** Lock lease length for stores whose lock is a lease; others ignore it. */
  lockTtlMs?: number;
}

/**
 * What the conformance suite needs to know about one kind of {@link TokenStore}. An *address* names
 * one user's tokens in a backend (a file path, a database key and its connection details…): every
 * store opened on one address shares its tokens, and separate `open` calls stand for separate workers.
 */
export interface StoreDriver {
  /** A fresh, empty address; called once per case. */
  newAddress(): Promise<string> | string;
  /** A new store instance on `address`. */
  open(address: string, options?: StoreOpenOptions): TokenStore | Promise<TokenStore>;
  /**
   * Absolute path of a module that child processes import (run with `node --import tsx`): it exports
   * `open(address, options)` like this driver, and optionally `close()`. Omit it for a store that
   * lives in one process (memoryStore); the between-processes cases are then not registered.
   */
  childModule?: string;
  /** For stores whose lock is a lease that its holder renews: a TTL short enough to wait out. */
  lease?: { ttlMs: number };
}

/** The module a {@link StoreDriver.childModule} points at. */
export interface ChildStoreModule {
  open(address: string, options?: StoreOpenOptions): TokenStore | Promise<TokenStore>;
  close?(): Promise<void> | void;
}
