import type { Release, TokenStore } from "@pinterest-kit/oauth";
import type { StoreDriver } from "../driver.js";

/** Open `count` separate instances on one address: separate workers of one app. */
export async function openMany(driver: StoreDriver, address: string, count: number): Promise<TokenStore[]> {
  return Promise.all(Array.from({ length: count }, () => driver.open(address, lockOptions(driver))));
}

/** The open options every case uses: the driver's short lease, when it has one. */
export function lockOptions(driver: StoreDriver) {
  return driver.lease ? { lockTtlMs: driver.lease.ttlMs } : {};
}

/** `store.lock`, which the lock cases only run for stores that have one. */
export function lockOf(store: TokenStore): NonNullable<TokenStore["lock"]> {
  if (!store.lock) throw new Error("store has no lock()");
  return store.lock.bind(store);
}

/** Take `store`'s lock, or resolve `undefined` if it is still held by someone else after `ms`. */
export async function lockWithin(store: TokenStore, ms: number): Promise<Release | undefined> {
  const signal = AbortSignal.timeout(ms);
  try {
    return await lockOf(store)({ signal });
  } catch (error) {
    if (signal.aborted) return undefined;
    throw error;
  }
}

/** How long a case waits for something that must happen (a lease to run out, a killed holder's lock to free). */
export function patience(driver: StoreDriver): number {
  return 15_000 + (driver.lease ? driver.lease.ttlMs * 5 : 0);
}
