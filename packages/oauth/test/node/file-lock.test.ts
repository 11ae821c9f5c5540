import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { acquireFileLock } from "../../src/node/file-lock.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "oauth-file-lock-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** The pid of a process that has exited. */
async function deadPid(): Promise<number | undefined> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => child.on("exit", resolve));
  return child.pid;
}

const ROUNDS = 10;
const WAITERS = 20;

const waitTurns = async (turns: number) => {
  for (let turn = 0; turn < turns; turn++) await new Promise((resolve) => setImmediate(resolve));
};

describe("acquireFileLock takes over an abandoned lock", () => {
  const abandoned: [string, { given: () => Promise<{ owner: object; ageMs: number }>; want: { mostHolders: number } }][] = [
    [
      "older than staleMs, held on another host",
      { given: async () => ({ owner: { pid: 1, host: `not-${hostname()}` }, ageMs: 60_000 }), want: { mostHolders: 1 } },
    ],
    [
      "left by a process of this host that died",
      { given: async () => ({ owner: { pid: await deadPid(), host: hostname() }, ageMs: 0 }), want: { mostHolders: 1 } },
    ],
  ];
  test.each(abandoned)("%s: many waiters, one holder at a time, nothing left behind", async (_name, { given, want }) => {
    const lockPath = join(dir, "tokens.json.lock");
    const { owner, ageMs } = await given();
    let holders = 0;
    let mostHolders = 0;
    // The race is in the first moments after the lock is found abandoned: set it up again and again.
    for (let round = 0; round < ROUNDS; round++) {
      await writeFile(lockPath, JSON.stringify(owner));
      const then = new Date(Date.now() - ageMs);
      await utimes(lockPath, then, then);
      await Promise.all(
        Array.from({ length: WAITERS }, async () => {
          const release = await acquireFileLock(lockPath, { staleMs: 10_000, retryMs: 1 });
          holders++;
          mostHolders = Math.max(mostHolders, holders);
          await waitTurns(10);
          holders--;
          await release();
        }),
      );
    }
    expect({ mostHolders }).toEqual(want);
    expect(await readdir(dir)).toEqual([]);
  });
});
