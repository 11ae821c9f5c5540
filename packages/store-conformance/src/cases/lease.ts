import type { TokenStore } from "@pinterest-kit/oauth";
import { expect, test } from "vitest";
import type { StoreChild } from "../child/spawn-child.js";
import type { StoreDriver } from "../driver.js";
import { json, tokensNamed } from "../tokens.js";
import { lockOptions, lockWithin, patience } from "./helpers.js";
import { childrenOf } from "./processes.js";

/**
 * Stores whose lock is a lease: a live holder renews it; one that stops (paused, partitioned)
 * loses it after the TTL; and the version fences it, so its late write cannot replace newer tokens.
 */
export function leaseCases(driver: StoreDriver & { lease: { ttlMs: number } }): void {
  const spawnChildren = childrenOf(driver);
  const ttl = driver.lease.ttlMs;

  test("a live holder keeps its lease past the TTL; paused with SIGSTOP, it loses it; resumed, its release frees nothing", async () => {
    const address = await driver.newAddress();
    const [holder] = (await spawnChildren(address)) as [StoreChild];
    const [b, c] = (await Promise.all([
      driver.open(address, lockOptions(driver)),
      driver.open(address, lockOptions(driver)),
    ])) as [TokenStore, TokenStore];
    await holder.send({ op: "lock" });
    expect(await lockWithin(b, ttl * 3), "lock taken while its holder renews it").toBeUndefined();

    holder.signal("SIGSTOP");
    const releaseB = await lockWithin(b, patience(driver));
    expect(releaseB, "lock taken after the paused holder's lease ran out").toBeTypeOf("function");

    holder.signal("SIGCONT");
    await holder.send({ op: "release" });
    expect(await lockWithin(c, ttl * 2), "lock taken while the new holder holds it").toBeUndefined();
    await releaseB?.();
    const releaseC = await lockWithin(c, patience(driver));
    expect(releaseC).toBeTypeOf("function");
    await releaseC?.();
  });

  test("fencing: a holder whose lease ran out cannot overwrite the newer tokens written meanwhile", async () => {
    const address = await driver.newAddress();
    const b = await driver.open(address, lockOptions(driver));
    const original = tokensNamed("original");
    await b.compareAndSet(undefined, original);
    const [stale] = (await spawnChildren(address)) as [StoreChild];
    await stale.send({ op: "lock" });
    expect((await stale.send({ op: "load" })).tokens).toEqual(json(original));
    stale.signal("SIGSTOP");

    const release = await lockWithin(b, patience(driver));
    expect(release, "lock taken after the paused holder's lease ran out").toBeTypeOf("function");
    const newer = tokensNamed("newer");
    expect(await b.compareAndSet(await b.load(), newer)).toBe(true);
    await release?.();

    stale.signal("SIGCONT");
    const late = await stale.send({ op: "cas", prev: "loaded", next: tokensNamed("late").toJSON() });
    expect(late.swapped).toBe(false);
    expect(json(await b.load())).toEqual(json(newer));
  });
}
