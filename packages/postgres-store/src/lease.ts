import { setTimeout as sleep } from "node:timers/promises";
import type { Release } from "@pinterest-kit/oauth";
import { runStatement } from "./run-statement.js";
import type { StoreContext } from "./store-context.js";

/**
 * Take the refresh lease of `ctx.key`: one conditional upsert, retried after `lockRetryMs`, doubling up
 * to `lockRetryMaxMs` (jittered), until it succeeds or `signal` aborts. While held it is renewed every third of its TTL, so a
 * refresh may run long; a holder that stops (crashed, paused, cut off) loses it after the TTL.
 */
export async function acquireLease(ctx: StoreContext, signal: AbortSignal | undefined): Promise<Release> {
  // A lock statement that failed on our side (timed out) may still run on the server later and take
  // the lease in that attempt's name. The next attempt reuses the name, so it takes that lease over
  // at once instead of waiting out a TTL that nobody holds; a release is also queued behind it.
  const owner = ctx.orphanedOwner ?? crypto.randomUUID();
  ctx.orphanedOwner = undefined;
  const values = [ctx.key, owner, ctx.lockTtlMs];
  let attempt = 0;
  for (;;) {
    signal?.throwIfAborted();
    let sent = false;
    const taken = await ctx
      .attemptSlots(() => {
        sent = true;
        return runStatement(ctx.pool, { step: "lock()", text: ctx.sql.lock, values }, ctx.timeoutMs);
      }, signal)
      .catch((error: unknown) => {
        if (!sent) throw error; // aborted while waiting for a slot: nothing reached the server
        ctx.orphanedOwner = owner;
        void releaseAs(ctx, owner).catch(() => {});
        throw error;
      });
    if (taken.length === 1 && signal?.aborted) {
      await releaseAs(ctx, owner);
      signal.throwIfAborted();
    }
    if (taken.length === 1) break;
    // Exponential backoff, jittered: a few hundred waiters must not fill the pool with lease attempts
    // while the holder waits for a connection to store its tokens.
    await pause(Math.min(ctx.lockRetryMs * 2 ** attempt++, ctx.lockRetryMaxMs) * (0.5 + Math.random()), signal);
  }

  let renewing: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    renewing = runStatement(ctx.pool, { step: "lock renewal", text: ctx.sql.renew, values }, ctx.timeoutMs).then(
      (rows) => {
        if (rows.length === 0) clearInterval(timer); // lost it: another holder took over; versions fence what follows
      },
      () => {}, // PostgreSQL unreachable: try again at the next tick, while the lease may still run
    );
  }, ctx.lockTtlMs / 3);
  (timer as { unref?: () => void }).unref?.();

  let released: Promise<void> | undefined;
  return () => {
    released ??= (async () => {
      clearInterval(timer);
      await renewing;
      // Only our own lease is cleared (owner check). PostgreSQL went away: without a second try,
      // every other process would wait out the whole lease.
      await releaseAs(ctx, owner).catch(() => void releaseWhileLeased(() => releaseAs(ctx, owner), ctx.lockTtlMs));
    })();
    return released;
  };
}

/** Clear the lease if `owner` holds it (and only then). */
function releaseAs(ctx: StoreContext, owner: string): Promise<unknown> {
  return runStatement(ctx.pool, { step: "lock release", text: ctx.sql.release, values: [ctx.key, owner] }, ctx.timeoutMs);
}

/**
 * Send a failed release again (100 ms, doubling up to 2 s) until it lands or the lease has run out
 * by itself; owner-checked, so a late one never frees another holder's lease. Its timers do not keep
 * the process alive. (The same loop as redis-store's: the stores share no runtime package but oauth.)
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
