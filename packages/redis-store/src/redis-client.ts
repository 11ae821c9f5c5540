import type { LuaScript } from "./scripts.js";

/**
 * The commands the store sends, as node-redis (`redis` ≥ 5) names them. A client from
 * `createClient()` and a cluster from `createCluster()` both have them; the cluster routes each
 * call by its first key, and one user's keys share a hash tag, so every call lands on one slot.
 */
export interface RedisCommands {
  hmGet(key: string, fields: string[]): Promise<unknown>;
  set(key: string, value: string, options: { condition: "NX"; expiration: { type: "PX"; value: number } }): Promise<unknown>;
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
    typeof client.set !== "function" ||
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
 * `run()`, or a rejection after `ms`: node-redis stops timing a command once it is written, so a
 * server that accepted the connection and then stopped answering would otherwise be waited for
 * forever. A late reply is ignored; what it did on the server is covered by the lease and fencing.
 */
export async function withTimeout<T>(what: string, ms: number, run: () => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`redisStore: ${what} got no answer from Redis within ${ms} ms.`)), ms);
  });
  const running = run();
  running.catch(() => {});
  try {
    return await Promise.race([running, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
