import type { TokenStore } from "@pinterest-kit/oauth";
import { expect, test } from "vitest";
import type { StoreDriver } from "../driver.js";
import { lockOf, lockWithin, openMany, patience } from "./helpers.js";

/** lock() in one process: exclusion between instances, aborted waiters. */
export function lockCases(driver: StoreDriver): void {
  test("lock excludes: holders from 6 instances (2 turns each) are inside one at a time, and all get in", async () => {
    const stores = await openMany(driver, await driver.newAddress(), 6);
    let inside = 0;
    let most = 0;
    let turns = 0;
    await Promise.all(
      [...stores, ...stores].map(async (store) => {
        const release = await lockOf(store)();
        inside++;
        most = Math.max(most, inside);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inside--;
        turns++;
        await release();
      }),
    );
    expect({ most, turns }).toEqual({ most: 1, turns: 12 });
  });

  test("a waiter whose signal aborts rejects with its reason and does not block the next waiter", async () => {
    const [a, b, c] = (await openMany(driver, await driver.newAddress(), 3)) as [TokenStore, TokenStore, TokenStore];
    const releaseA = await lockOf(a)();
    const controller = new AbortController();
    const waiting = lockOf(b)({ signal: controller.signal });
    setTimeout(() => controller.abort(new Error("b gave up")), 50);
    await expect(waiting).rejects.toThrow("b gave up");
    await expect(lockOf(c)({ signal: AbortSignal.abort(new Error("c gave up at once")) })).rejects.toThrow("c gave up at once");
    await releaseA();
    const releaseC = await lockWithin(c, patience(driver));
    expect(releaseC).toBeTypeOf("function");
    await releaseC?.();
  });

  test("a released lock can be taken again by the same instance and by another", async () => {
    const [a, b] = (await openMany(driver, await driver.newAddress(), 2)) as [TokenStore, TokenStore];
    for (const store of [a, a, b, a]) {
      const release = await lockWithin(store, patience(driver));
      expect(release).toBeTypeOf("function");
      await release?.();
    }
  });
}
