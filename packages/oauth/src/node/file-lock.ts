import { open, readFile, rm, stat } from "node:fs/promises";
import { hostname } from "node:os";
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
    try {
      const handle = await open(lockPath, "wx", 0o600);
      try {
        await handle.writeFile(owner);
      } finally {
        await handle.close();
      }
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (await isAbandoned(lockPath, options.staleMs)) {
      await rm(lockPath, { force: true });
      continue;
    }
    await wait(options.retryMs, options.signal);
  }
}

async function isAbandoned(lockPath: string, staleMs: number): Promise<boolean> {
  try {
    const { mtimeMs } = await stat(lockPath);
    if (Date.now() - mtimeMs > staleMs) return true;
    const { pid, host } = JSON.parse(await readFile(lockPath, "utf8")) as { pid?: unknown; host?: unknown };
    if (host !== hostname() || typeof pid !== "number") return false;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // ESRCH: the holder is gone. ENOENT: released meanwhile. A half-written file is not abandoned yet.
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ESRCH" || code === "ENOENT";
  }
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
