import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { TokenSet } from "../../src/index.js";
import { fileStore } from "../../src/node/file-store.js";
import { tokensAt } from "../session/session-fixtures.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "oauth-file-store-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const NOW = 1_750_000_000_000;
const first = tokensAt(NOW, 3_600_000, "pinr_first_refresh_token");
const second = tokensAt(NOW + 1000, 3_600_000, "pinr_second_refresh_token");

describe("fileStore", () => {
  test("an absent file loads as undefined", async () => {
    expect(await fileStore(join(dir, "tokens.json")).load()).toBeUndefined();
  });

  test("compareAndSet writes the TokenSet JSON with mode 0600, creating the directory, leaving no temp file", async () => {
    const path = join(dir, "nested", "tokens.json");
    const store = fileStore(path);
    expect(await store.compareAndSet(undefined, first)).toBe(true);
    expect(JSON.parse(await readFile(path, "utf8"))).toStrictEqual(first.toJSON());
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(join(dir, "nested"))).toEqual(["tokens.json"]);
    expect(await store.load()).toStrictEqual(first);
  });

  const cas: [string, { stored: TokenSet | undefined; prev: TokenSet | undefined; swapped: boolean }][] = [
    ["empty store, prev undefined: written", { stored: undefined, prev: undefined, swapped: true }],
    ["empty store, prev given: refused", { stored: undefined, prev: first, swapped: false }],
    ["stored equals prev: written", { stored: first, prev: first, swapped: true }],
    [
      "stored equals prev read back from JSON: written",
      { stored: first, prev: TokenSet.fromJSON(first.toJSON()), swapped: true },
    ],
    ["stored differs from prev: refused", { stored: second, prev: first, swapped: false }],
    ["store full, prev undefined: refused", { stored: first, prev: undefined, swapped: false }],
  ];
  test.each(cas)("compareAndSet: %s", async (_name, { stored, prev, swapped }) => {
    const path = join(dir, "tokens.json");
    const store = fileStore(path);
    if (stored) await store.compareAndSet(undefined, stored);
    const next = tokensAt(NOW + 5000, 3_600_000, "pinr_next_refresh_token");
    expect(await store.compareAndSet(prev, next)).toBe(swapped);
    expect(await store.load()).toStrictEqual(swapped ? next : stored);
  });

  test("a corrupt file fails loudly without quoting its content", async () => {
    const path = join(dir, "tokens.json");
    await writeFile(path, `{"accessToken":"pina_secret_in_file_123" oops`);
    const error = await fileStore(path)
      .load()
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/is not valid JSON/);
    expect((error as Error).message).not.toContain("pina_secret_in_file_123");
  });

  test("readers never see a half-written file while writes race", async () => {
    const path = join(dir, "tokens.json");
    const store = fileStore(path);
    await store.compareAndSet(undefined, first);
    const writers = Array.from({ length: 40 }, (_, i) =>
      fileStore(path).compareAndSet(undefined, tokensAt(NOW + i, 1000, `pinr_${i}`)),
    );
    let previous = await store.load();
    const chain = (async () => {
      for (let i = 0; i < 40; i++) {
        const next = tokensAt(NOW + 100 + i, 3_600_000, `pinr_chain_${i}`.padEnd(400, "x"));
        expect(await store.compareAndSet(previous, next)).toBe(true);
        previous = next;
      }
    })();
    const readers = Array.from({ length: 200 }, () => store.load());
    await Promise.all([chain, ...writers, ...readers]);
    expect((await store.load())?.refreshToken).toBe(`pinr_chain_39`.padEnd(400, "x"));
    expect(await readdir(dir)).toEqual(["tokens.json"]);
  });
});

describe("fileStore.lock", () => {
  test("is exclusive: a second holder waits for the first to release", async () => {
    const path = join(dir, "tokens.json");
    const events: string[] = [];
    const releaseA = await fileStore(path, { lockRetryMs: 5 }).lock?.();
    events.push("A acquired");
    const b = fileStore(path, { lockRetryMs: 5 })
      .lock?.()
      .then((release) => {
        events.push("B acquired");
        return release;
      });
    for (let turn = 0; turn < 50; turn++) await new Promise((resolve) => setImmediate(resolve));
    events.push("A releasing");
    await releaseA?.();
    await (await b)?.();
    expect(events).toEqual(["A acquired", "A releasing", "B acquired"]);
    expect(await readdir(dir)).toEqual([]);
  });

  test("a lock left by a process that died is taken over", async () => {
    const path = join(dir, "tokens.json");
    const child = spawn(process.execPath, ["-e", ""]);
    const pid = child.pid;
    await new Promise((resolve) => child.on("exit", resolve));
    await writeFile(`${path}.refresh.lock`, JSON.stringify({ pid, host: hostname() }));
    const release = await fileStore(path).lock?.();
    expect(JSON.parse(await readFile(`${path}.refresh.lock`, "utf8"))).toEqual({ pid: process.pid, host: hostname() });
    await release?.();
  });

  test("waiting for a lock stops when the signal aborts", async () => {
    const path = join(dir, "tokens.json");
    const release = await fileStore(path).lock?.();
    const controller = new AbortController();
    const waiting = fileStore(path, { lockRetryMs: 5 }).lock?.({ signal: controller.signal });
    controller.abort(new Error("gave up"));
    await expect(waiting).rejects.toThrow("gave up");
    await release?.();
  });
});
