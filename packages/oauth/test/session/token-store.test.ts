import { describe, expect, test } from "vitest";
import { memoryStore, TokenSet } from "../../src/index.js";
import { createMutex } from "../../src/session/mutex.js";
import { tokensAt } from "./session-fixtures.js";

const NOW = 1_750_000_000_000;
const first = tokensAt(NOW, 3_600_000, "pinr_first");
const second = tokensAt(NOW + 1, 3_600_000, "pinr_second");

describe("memoryStore", () => {
  const cases: [string, { initial?: TokenSet; prev?: TokenSet; swapped: boolean }][] = [
    ["empty, prev undefined: stored", { swapped: true }],
    ["empty, prev given: refused", { prev: first, swapped: false }],
    ["holds prev: stored", { initial: first, prev: first, swapped: true }],
    ["holds an equal copy of prev: stored", { initial: first, prev: TokenSet.fromJSON(first.toJSON()), swapped: true }],
    ["holds something else: refused", { initial: second, prev: first, swapped: false }],
  ];
  test.each(cases)("compareAndSet: %s", async (_name, { initial, prev, swapped }) => {
    const store = memoryStore(initial);
    const next = tokensAt(NOW + 2, 3_600_000, "pinr_next");
    expect(await store.compareAndSet(prev, next)).toBe(swapped);
    expect(await store.load()).toBe(swapped ? next : initial);
  });

  test("rejects what is not a TokenSet", async () => {
    expect(() => memoryStore(first.toJSON() as unknown as TokenSet)).toThrow(/memoryStore\(initial\) takes a TokenSet/);
    await expect(memoryStore().compareAndSet(undefined, {} as TokenSet)).rejects.toThrow(/next must be a TokenSet/);
  });
});

describe("createMutex", () => {
  test("holders run one at a time, in arrival order", async () => {
    const lock = createMutex();
    const log: string[] = [];
    await Promise.all(
      ["a", "b", "c"].map(async (name) => {
        const release = await lock();
        log.push(`${name} in`);
        await new Promise((resolve) => setImmediate(resolve));
        log.push(`${name} out`);
        await release();
      }),
    );
    expect(log).toEqual(["a in", "a out", "b in", "b out", "c in", "c out"]);
  });

  test("a waiter that aborts leaves the queue without blocking the next", async () => {
    const lock = createMutex();
    const releaseA = await lock();
    const controller = new AbortController();
    const b = lock(controller.signal);
    const c = lock();
    controller.abort(new Error("b gave up"));
    await expect(b).rejects.toThrow("b gave up");
    await releaseA();
    const releaseC = await c;
    await releaseC();
  });
});
