import { open, readFile, rm, stat } from "node:fs/promises";
import { hostname } from "node:os";
import { sleep } from "@pinterest-kit/client/internal";
import type { Release } from "../session/mutex.js";

/** How {@link acquireFileLock} waits and when it takes over a lock. */
export interface FileLockOptions {
  signal?: AbortSignal | undefined;
  /** A lock file older than this is taken over (its holder hung or crashed without cleaning up). */
  staleMs: number;
  /** How often to try again while another process holds the lock. */
  retryMs: number;
}

/**
 * An exclusive lock between processes: a lock file created with `O_CREAT | O_EXCL` (`"wx"`), which
 * exactly one process can create. It records the holder's pid and host, so a lock left by a process
 * that died on this host is taken over at once; any other lock only after `staleMs`.
 */
export async function acquireFileLock(lockPath: string, options: FileLockOptions): Promise<Release> {
  const owner = JSON.stringify({ pid: process.pid, host: hostname() });
  for (;;) {
    options.signal?.throwIfAborted();
    if (await createExclusive(lockPath, owner)) return () => rm(lockPath, { force: true });
    const state = await lockState(lockPath, options.staleMs);
    if (state === "released") continue;
    if (state === "held" || !(await removeAbandoned(lockPath, owner, options.staleMs))) {
      await sleep(options.retryMs, options.signal);
    }
  }
}

/** Create `path` holding `owner` unless it exists; false when another process got there first. */
async function createExclusive(path: string, owner: string): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "wx", 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    await handle.writeFile(owner);
  } finally {
    await handle.close();
  }
  return true;
}

/**
 * Remove an abandoned lock so the waiters can compete for it again. Judging a lock abandoned and
 * removing it are two steps, so two waiters can both judge the same lock, and the slower one then
 * removes the lock the faster one has just created. Renaming the file aside first does not help:
 * the slower one renames the new file. So a waiter judges again, and removes, only while it holds
 * `<lock>.takeover`: one waiter at a time, removing only what it has just seen abandoned (the
 * lock can change meanwhile only if a holder thought dead releases it). False when another
 * waiter is taking over.
 */
async function removeAbandoned(lockPath: string, owner: string, staleMs: number): Promise<boolean> {
  const guardPath = `${lockPath}.takeover`;
  if (!(await createExclusive(guardPath, owner))) {
    // Held for a few file operations; one left by a process that died meanwhile would block every
    // later takeover. Removing it can race like the lock itself, but only after such a crash.
    if ((await lockState(guardPath, staleMs)) === "abandoned") await rm(guardPath, { force: true });
    return false;
  }
  try {
    if ((await lockState(lockPath, staleMs)) === "abandoned") await rm(lockPath, { force: true });
  } finally {
    await rm(guardPath, { force: true });
  }
  return true;
}

/**
 * `abandoned`: older than `staleMs`, or its holder is a process of this host that no longer runs.
 * `released`: gone meanwhile, so there is nothing to remove (and removing "it" would hit the next
 * holder's lock). A half-written lock is still `held`: its holder is writing it.
 */
async function lockState(lockPath: string, staleMs: number): Promise<"held" | "abandoned" | "released"> {
  try {
    const { mtimeMs } = await stat(lockPath);
    if (Date.now() - mtimeMs > staleMs) return "abandoned";
    const { pid, host } = JSON.parse(await readFile(lockPath, "utf8")) as { pid?: unknown; host?: unknown };
    if (host !== hostname() || typeof pid !== "number") return "held";
    process.kill(pid, 0);
    return "held";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ESRCH") return "abandoned";
    return code === "ENOENT" ? "released" : "held";
  }
}
