/**
 * One worker process of the conformance suite: it opens a store through a driver's child module and
 * runs the commands it reads from stdin, one JSON object a line, answering each with one line.
 * Usage: node --import tsx child-process.ts <child module> <address> <options JSON>
 */
import { readFile, writeFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { type Release, TokenSet, type TokenSetJSON } from "@pinterest-kit/oauth";
import type { ChildStoreModule } from "../driver.js";

/** A command a child runs; `prev: "loaded"` is the TokenSet its last `load` returned. */
export type ChildCommand =
  | { op: "load" }
  | { op: "cas"; prev: "loaded" | "empty"; next: TokenSetJSON }
  | { op: "lock" }
  | { op: "release" }
  | { op: "count"; file: string; times: number }
  | { op: "exit" };

/** A child's answer to one command. */
export type ChildReply = { ok: true; tokens?: TokenSetJSON | null; swapped?: boolean } | { ok: false; error: string };

const [modulePath, address, optionsJson] = process.argv.slice(2) as [string, string, string];
const driver = (await import(pathToFileURL(modulePath).href)) as ChildStoreModule;
const store = await driver.open(address, JSON.parse(optionsJson));
let loaded: TokenSet | undefined;
let held: Release | undefined;

async function run(command: ChildCommand): Promise<ChildReply> {
  switch (command.op) {
    case "load":
      loaded = await store.load();
      return { ok: true, tokens: loaded ? loaded.toJSON() : null };
    case "cas": {
      const prev = command.prev === "loaded" ? loaded : undefined;
      return { ok: true, swapped: await store.compareAndSet(prev, TokenSet.fromJSON(command.next)) };
    }
    case "lock":
      held = await requireLock().lock();
      return { ok: true };
    case "release":
      await held?.();
      held = undefined;
      return { ok: true };
    case "count":
      // A read-modify-write of a plain file that only the lock protects: a lost update shows a
      // second holder inside the lock at the same time.
      for (let i = 0; i < command.times; i++) {
        const release = await requireLock().lock();
        try {
          const value = Number(await readFile(command.file, "utf8"));
          await new Promise((resolve) => setTimeout(resolve, 2));
          await writeFile(command.file, String(value + 1));
        } finally {
          await release();
        }
      }
      return { ok: true };
    case "exit":
      await driver.close?.();
      process.exit(0);
  }
}

function requireLock(): Required<Pick<typeof store, "lock">> {
  if (!store.lock) throw new Error("this store has no lock()");
  return store as Required<Pick<typeof store, "lock">>;
}

process.stdout.write(`${JSON.stringify({ ok: true })}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  const reply = await run(JSON.parse(line) as ChildCommand).catch(
    (error: unknown): ChildReply => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
  process.stdout.write(`${JSON.stringify(reply)}\n`);
}
await driver.close?.();
