import { randomUUID } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { createMutex, type Release } from "../session/mutex.js";
import { sameTokens, type TokenStore } from "../session/token-store.js";
import { TokenSet } from "../token-set.js";
import { acquireFileLock } from "./file-lock.js";

/** Lock tuning of {@link fileStore}. */
export interface FileStoreOptions {
  /** A lock older than this is taken over; default 120 000 ms (longer than any refresh should take). */
  staleLockMs?: number;
  /** Polling interval while another process holds a lock; default 25 ms. */
  lockRetryMs?: number;
}

/**
 * A {@link TokenStore} in a JSON file (the `TokenSet#toJSON()` form) for Node.js, shared safely by
 * several processes: every write goes to a temporary file created with mode 0600 and is renamed over
 * the target (atomic on POSIX, so a reader sees the old or the new tokens, never half of them);
 * `compareAndSet` runs under `<path>.lock`, and a session's whole refresh under `<path>.refresh.lock`.
 */
export function fileStore(path: string, options: FileStoreOptions = {}): TokenStore {
  if (typeof path !== "string" || path === "") throw new TypeError("fileStore(path) needs the path of the token file.");
  const staleMs = options.staleLockMs ?? 120_000;
  const retryMs = options.lockRetryMs ?? 25;
  // Sessions of this process queue here instead of polling the lock file.
  const localRefresh = createMutex();
  const localWrite = createMutex();

  const load = async (): Promise<TokenSet | undefined> => {
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // JSON.parse quotes the text it failed on, and that text holds tokens.
      throw new Error(`fileStore: ${path} is not valid JSON; delete it and sign in again.`);
    }
    return TokenSet.fromJSON(json);
  };

  const acquire = async (suffix: string, local: ReturnType<typeof createMutex>, signal?: AbortSignal): Promise<Release> => {
    const releaseLocal = await local(signal);
    try {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      const releaseFile = await acquireFileLock(`${path}${suffix}`, { signal, staleMs, retryMs });
      return async () => {
        try {
          await releaseFile();
        } finally {
          await releaseLocal();
        }
      };
    } catch (error) {
      await releaseLocal();
      throw error;
    }
  };

  return {
    load,
    async compareAndSet(prev, next) {
      if (!(next instanceof TokenSet)) throw new TypeError("compareAndSet(prev, next): next must be a TokenSet.");
      const release = await acquire(".lock", localWrite);
      try {
        if (!sameTokens(await load(), prev)) return false;
        await writeAtomically(path, `${JSON.stringify(next)}\n`);
        return true;
      } finally {
        await release();
      }
    },
    lock: (lockOptions) => acquire(".refresh.lock", localRefresh, lockOptions?.signal),
  };
}

/** Write `text` to a fresh 0600 temporary file next to `path`, flush it to disk, and rename it over `path`. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
  try {
    const handle = await open(temporary, "wx", 0o600);
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
