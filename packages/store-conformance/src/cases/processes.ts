import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { type StoreChild, spawnStoreChild } from "../child/spawn-child.js";
import type { StoreDriver } from "../driver.js";
import { json, tokensNamed } from "../tokens.js";
import { lockOptions, lockWithin, patience } from "./helpers.js";

/** Children started by the current case, stopped after it whatever happened. */
export function childrenOf(driver: StoreDriver) {
  const started: StoreChild[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((child) => child.exit()));
  });
  return async (address: string, count = 1): Promise<StoreChild[]> => {
    const children = await Promise.all(
      Array.from({ length: count }, () => spawnStoreChild(driver.childModule as string, address, lockOptions(driver))),
    );
    started.push(...children);
    return children;
  };
}

/** Races between processes: compare-and-set, lock exclusion, a killed holder. */
export function processCases(driver: StoreDriver, hasLock: boolean): void {
  const spawnChildren = childrenOf(driver);

  test("compareAndSet races between 4 processes: exactly one wins each round, and its tokens are stored", async () => {
    const address = await driver.newAddress();
    const children = await spawnChildren(address, 4);
    for (let round = 0; round < 3; round++) {
      await Promise.all(children.map((child) => child.send({ op: "load" })));
      const nexts = children.map((_, i) => tokensNamed(`round${round}_process${i}`));
      const replies = await Promise.all(
        children.map((child, i) =>
          child.send({ op: "cas", prev: round === 0 ? "empty" : "loaded", next: nexts[i]?.toJSON() as never }),
        ),
      );
      const winners = replies.flatMap((reply, i) => (reply.swapped ? [i] : []));
      expect(winners, `round ${round}`).toHaveLength(1);
      const stored = await (await driver.open(address, lockOptions(driver))).load();
      expect(json(stored)).toEqual(json(nexts[winners[0] as number]));
    }
  });

  if (!hasLock) return;

  test("lock excludes between processes: 3 processes × 10 increments of a file only the lock guards add up to 30", async () => {
    const address = await driver.newAddress();
    const dir = await mkdtemp(join(tmpdir(), "store-conformance-count-"));
    try {
      const file = join(dir, "count");
      await writeFile(file, "0");
      const children = await spawnChildren(address, 3);
      await Promise.all(children.map((child) => child.send({ op: "count", file, times: 10 })));
      expect(Number(await readFile(file, "utf8"))).toBe(30);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("a holder killed with SIGKILL does not keep the lock from the others for good", async () => {
    const address = await driver.newAddress();
    const [holder] = (await spawnChildren(address)) as [StoreChild];
    await holder.send({ op: "lock" });
    holder.signal("SIGKILL");
    const release = await lockWithin(await driver.open(address, lockOptions(driver)), patience(driver));
    expect(release, "lock taken after the holder died").toBeTypeOf("function");
    await release?.();
  });
}
