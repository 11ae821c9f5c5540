import type { LuaScript } from "./scripts.js";

/**
 * The commands the store sends, as node-redis (`redis` ≥ 5) names them. A client from
 * `createClient()` and a cluster from `createCluster()` both have them; the cluster routes each
 * call by its first key, and one user's keys share a hash tag, so every call lands on one slot.
 */
export interface RedisCommands {
  hmGet(key: string, fields: string[]): Promise<unknown>;
  evalSha(sha1: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

/** Check that `value` looks like a node-redis client or cluster before any command is sent. */
export function assertRedisClient(value: unknown, argument: string): asserts value is RedisCommands {
  const client = value as Partial<RedisCommands> | null;
  if (
    client === null ||
    typeof client !== "object" ||
    typeof client.hmGet !== "function" ||
    typeof client.evalSha !== "function" ||
    typeof client.eval !== "function"
  ) {
    throw new TypeError(
      `${argument} must be a connected node-redis client or cluster (createClient() / createCluster() from "redis"), e.g. await createClient({ url }).connect().`,
    );
  }
}

/** Run `script` by its SHA-1, loading it with EVAL when this server has not seen it yet (NOSCRIPT). */
export async function runScript(client: RedisCommands, script: LuaScript, keys: string[], args: string[]): Promise<unknown> {
  try {
    return await client.evalSha(script.sha1, { keys, arguments: args });
  } catch (error) {
    if (!String((error as Error)?.message).startsWith("NOSCRIPT")) throw error;
    return client.eval(script.source, { keys, arguments: args });
  }
}

/**
 * `run()` within `ms`, tried again while Redis is briefly away (reconnecting, restarting, loading,
 * a cluster failing over), and a rejection once `ms` is spent. node-redis stops timing a command
 * once it is written, so a server that accepted it and then stopped answering would otherwise be
 * waited for forever. Every step the store sends is safe to repeat (see scripts.ts); a late reply
 * is ignored.
 */
export async function callRedis<T>(what: string, ms: number, run: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + ms;
  let lastError: unknown;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // When the deadline's timer fires, let one I/O phase pass first: on a starved event loop a reply
  // may have been waiting in the socket for a while, and it is an answer, not a timeout.
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => setImmediate(() => resolve("timeout")), ms);
  });
  try {
    for (;;) {
      const running = run();
      running.catch(() => {});
      const outcome = await Promise.race([
        running.then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        ),
        timedOut,
      ]);
      if (outcome === "timeout") break;
      if (!("error" in outcome)) return outcome.value;
      lastError = outcome.error;
      if (!isTransient(outcome.error)) throw outcome.error;
      if (Date.now() + RETRY_MS >= deadline) break;
      await Promise.race([new Promise((resolve) => setTimeout(resolve, RETRY_MS)), timedOut]);
    }
  } finally {
    clearTimeout(timer);
  }
  const why = lastError instanceof Error ? ` (last error: ${lastError.message.slice(0, 120)})` : "";
  throw new Error(`redisStore: ${what} got no answer from Redis within ${ms} ms${why}.`);
}

const RETRY_MS = 50;
/** Errors of a connection that may come back, and replies of a server that will answer soon. */
const TRANSIENT_ERRORS = new Set([
  "ClientOfflineError",
  "SocketClosedUnexpectedlyError",
  "ConnectionTimeoutError",
  "SocketTimeoutError",
  "DisconnectsClientError",
  "ReconnectStrategyError",
]);
const TRANSIENT_REPLIES = /^(LOADING|TRYAGAIN|CLUSTERDOWN|MASTERDOWN|BUSY)\b/;

function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return TRANSIENT_ERRORS.has(error.constructor.name) || TRANSIENT_REPLIES.test(error.message);
}
