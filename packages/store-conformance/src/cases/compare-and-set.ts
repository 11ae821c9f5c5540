import type { TokenSet, TokenStore } from "@pinterest-kit/oauth";
import { TokenSet as Tokens } from "@pinterest-kit/oauth";
import { expect, test } from "vitest";
import type { StoreDriver } from "../driver.js";
import { json, tokensNamed } from "../tokens.js";
import { lockOptions, openMany } from "./helpers.js";

type Prev = "undefined" | "the written object" | "an equal copy" | "other tokens" | "what it loaded";

/** compareAndSet(prev, next) in one process: empty store, equal prev, stale prev, concurrent writers. */
export function compareAndSetCases(driver: StoreDriver): void {
  const first = tokensNamed("first");
  const other = tokensNamed("other");
  const cases: [string, { stored: TokenSet | undefined; prev: Prev; want: boolean }][] = [
    ["empty store, prev undefined: written", { stored: undefined, prev: "undefined", want: true }],
    ["empty store, prev given: refused", { stored: undefined, prev: "other tokens", want: false }],
    ["holds prev (the object written): written", { stored: first, prev: "the written object", want: true }],
    ["holds prev (an equal copy from JSON): written", { stored: first, prev: "an equal copy", want: true }],
    ["holds prev (what this instance loaded): written", { stored: first, prev: "what it loaded", want: true }],
    ["holds other tokens: refused", { stored: first, prev: "other tokens", want: false }],
    ["holds tokens, prev undefined: refused", { stored: first, prev: "undefined", want: false }],
  ];
  test.each(cases)("compareAndSet: %s", async (_name, { stored, prev, want }) => {
    const address = await driver.newAddress();
    const [writer, store] = (await openMany(driver, address, 2)) as [TokenStore, TokenStore];
    if (stored) expect(await writer.compareAndSet(undefined, stored)).toBe(true);
    const prevTokens = {
      undefined: undefined,
      "the written object": stored,
      "an equal copy": stored && Tokens.fromJSON(JSON.parse(JSON.stringify(stored))),
      "other tokens": other,
      "what it loaded": await store.load(),
    }[prev];
    const next = tokensNamed("next");
    expect(await store.compareAndSet(prevTokens, next)).toBe(want);
    expect(json(await writer.load())).toEqual(json(want ? next : stored));
  });

  test("an empty address loads undefined; a write through one instance loads, equal, from another", async () => {
    const address = await driver.newAddress();
    const [a, b] = (await openMany(driver, address, 2)) as [TokenStore, TokenStore];
    expect(await b.load()).toBeUndefined();
    const tokens = tokensNamed("roundtrip");
    expect(await a.compareAndSet(undefined, tokens)).toBe(true);
    const loaded = await b.load();
    expect(loaded).toBeInstanceOf(Tokens);
    expect(json(loaded)).toEqual(json(tokens));
  });

  test("a stale writer (loaded before another's write) is refused, then succeeds from what it reloads", async () => {
    const address = await driver.newAddress();
    const [a, b] = (await openMany(driver, address, 2)) as [TokenStore, TokenStore];
    await a.compareAndSet(undefined, tokensNamed("v1"));
    const seenByA = await a.load();
    const seenByB = await b.load();
    const fromA = tokensNamed("from_a");
    expect(await a.compareAndSet(seenByA, fromA)).toBe(true);
    expect(await b.compareAndSet(seenByB, tokensNamed("from_b_stale"))).toBe(false);
    expect(json(await b.load())).toEqual(json(fromA));
    const fromB = tokensNamed("from_b");
    expect(await b.compareAndSet(await b.load(), fromB)).toBe(true);
    expect(json(await a.load())).toEqual(json(fromB));
  });

  test.each([
    ["into an empty store", false],
    ["over the same stored tokens", true],
  ] as const)("concurrent compareAndSet from 8 instances %s: exactly one wins", async (_name, seeded) => {
    const address = await driver.newAddress();
    const stores = await openMany(driver, address, 8);
    if (seeded) await (stores[0] as TokenStore).compareAndSet(undefined, tokensNamed("seed"));
    const seen = await Promise.all(stores.map((store) => store.load()));
    const nexts = stores.map((_, i) => tokensNamed(`racer_${i}`));
    const results = await Promise.all(stores.map((store, i) => store.compareAndSet(seen[i], nexts[i] as TokenSet)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(json(await (await driver.open(address, lockOptions(driver))).load())).toEqual(json(nexts[results.indexOf(true)]));
  });

  test("compareAndSet refuses a next that is not a TokenSet", async () => {
    const store = await driver.open(await driver.newAddress(), lockOptions(driver));
    await expect(store.compareAndSet(undefined, { accessToken: "pina_x" } as unknown as TokenSet)).rejects.toThrow(/TokenSet/);
    expect(await store.load()).toBeUndefined();
  });
}
