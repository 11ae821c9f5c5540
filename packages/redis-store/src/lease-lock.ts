import { setTimeout as sleep } from "node:timers/promises";
import type { Release } from "@pinterest-kit/oauth";
import { callRedis, type RedisCommands, runScript } from "./redis-client.js";
import { ACQUIRE_LOCK, RELEASE_LOCK, RENEW_LOCK } from "./scripts.js";

/** How {@link acquireLease} takes and keeps one lock key. */
export interface LeaseOptions {
  client: RedisCommands;
  key: string;
  ttlMs: number;
  commandTimeoutMs: number;
  signal: AbortSignal | undefined;
}

const FIRST_POLL_MS = 25;
const MAX_POLL_MS = 1_000;

/**
 * A lease on `key` (the Redis single-instance lock pattern): `SET key owner NX PX ttl` with a random
 * owner (in a script that also accepts a retried call of the same owner), polled until free or `signal` aborts; renewed every ttl/2 while held; released by a
 * compare-and-delete script, so a holder whose lease ran out never deletes the next holder's lock.
 * The lease only keeps refreshes apart; it is not what keeps stale writes out (see store.ts).
 */
export async function acquireLease(options: LeaseOptions): Promise<Release> {
  const { client, key, ttlMs, commandTimeoutMs, signal } = options;
  const owner = crypto.randomUUID();
  // Waiters back off exponentially (with jitter) up to a cap: a fleet of waiters polling at a fixed
  // pace would be most of the load on Redis and on the processes themselves.
  const capMs = Math.max(10, Math.min(MAX_POLL_MS, ttlMs / 4));
  for (let attempt = 0; ; attempt++) {
    signal?.throwIfAborted();
    let taken: unknown;
    try {
      taken = await callRedis("lock()", commandTimeoutMs, () => runScript(client, ACQUIRE_LOCK, [key], [owner, String(ttlMs)]));
    } catch (error) {
      // The script may still run once Redis answers again; a release sent on the same connection
      // runs right after it, so a lock nobody waits for does not block this user for a whole lease.
      runScript(client, RELEASE_LOCK, [key], [owner]).catch(() => {});
      throw error;
    }
    if (Number(taken) === 1) break;
    const ceiling = Math.min(capMs, FIRST_POLL_MS * 2 ** attempt);
    await pause(ceiling / 2 + (Math.random() * ceiling) / 2, signal);
  }

  let held = true;
  const renew = setInterval(() => {
    callRedis("lock renewal", commandTimeoutMs, () => runScript(client, RENEW_LOCK, [key], [owner, String(ttlMs)])).then(
      (renewed) => {
        if (Number(renewed) !== 1) clearInterval(renew); // lost: fencing refuses this holder's late write
      },
      () => {}, // Redis unreachable: the next tick tries again; the lease may run out meanwhile
    );
  }, ttlMs / 2);
  renew.unref?.();

  const release = () => callRedis("lock release", commandTimeoutMs, () => runScript(client, RELEASE_LOCK, [key], [owner]));
  return async () => {
    if (!held) return;
    held = false;
    clearInterval(renew);
    await release().catch((error: unknown) => {
      // Redis went away: without a second try, every other process would wait out the whole lease.
      void releaseWhileLeased(release, ttlMs);
      throw error;
    });
  };
}

/**
 * Send a failed release again (100 ms, doubling up to 2 s) until it lands or the lease has run out
 * by itself. The release is compare-and-delete by owner, so a late one never frees another holder's
 * lock. Its timers do not keep the process alive.
 */
async function releaseWhileLeased(release: () => Promise<unknown>, ttlMs: number): Promise<void> {
  const leaseEnds = Date.now() + ttlMs;
  for (let delay = 100; Date.now() + delay < leaseEnds; delay = Math.min(delay * 2, 2_000)) {
    await sleep(delay, undefined, { ref: false });
    const landed = await release().then(
      () => true,
      () => false,
    );
    if (landed) return;
  }
}

/** Sleep `ms`; when `signal` aborts first (or already has), reject with its reason, as the lock wait does elsewhere. */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return sleep(ms, undefined, { signal }).catch((error: unknown) => {
    throw signal?.aborted ? signal.reason : error;
  });
}
