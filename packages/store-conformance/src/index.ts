import { describe } from "vitest";
import { compareAndSetCases } from "./cases/compare-and-set.js";
import { leaseCases } from "./cases/lease.js";
import { lockCases } from "./cases/lock.js";
import { processCases } from "./cases/processes.js";
import type { StoreDriver } from "./driver.js";

export { type StoreChild, spawnStoreChild } from "./child/spawn-child.js";
export type { ChildStoreModule, StoreDriver, StoreOpenOptions } from "./driver.js";
export { json, tokensNamed } from "./tokens.js";

/**
 * The contract every `TokenStore` keeps (see `TokenStore` in @pinterest-kit/oauth): compare-and-set
 * semantics, lock exclusion, and, when the driver says so, races between processes, lease expiry and
 * fencing. `hasLock: false` for a store without `lock()`.
 */
export function describeTokenStoreConformance(name: string, driver: StoreDriver, options: { hasLock?: boolean } = {}): void {
  const hasLock = options.hasLock ?? true;
  const lease = driver.lease;
  describe(`${name}: TokenStore conformance`, { timeout: 120_000 }, () => {
    describe("compareAndSet", () => compareAndSetCases(driver));
    if (hasLock) describe("lock", () => lockCases(driver));
    if (driver.childModule) describe("between processes", () => processCases(driver, hasLock));
    if (hasLock && lease && driver.childModule) describe("lease and fencing", () => leaseCases({ ...driver, lease }));
  });
}
