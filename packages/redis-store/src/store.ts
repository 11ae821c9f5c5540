import { createHash } from "node:crypto";
import { type TokenCipher, TokenSet, type TokenStore } from "@pinterest-kit/oauth";
import { acquireLease } from "./lease-lock.js";
import { assertRedisClient, callRedis, type RedisCommands, runScript } from "./redis-client.js";
import { COMPARE_AND_SET } from "./scripts.js";

/** Options of {@link redisStore}. */
export interface RedisStoreOptions {
  /** A connected node-redis client or cluster (`createClient()` / `createCluster()` from `redis`). */
  client: RedisCommands;
  /**
   * This user's key. Its tokens live at `<key>` unless it already holds a hash tag, in which case
   * it is used as is; the lock is `<key>:lock` in the same slot. See "Key layout" in the README.
   */
  key: string;
  /** How long a lock holder may go silent before another process takes over; default 30 000 ms. */
  lockTtlMs?: number;
  /**
   * Each store step (load, compareAndSet, one lock attempt) is retried while Redis reconnects and
   * rejects when not done within this (the session: `persistence_failed`); default 5 000 ms.
   */
  commandTimeoutMs?: number;
  /** Encrypts the stored TokenSet JSON, e.g. `aesGcmCipher(key)` from `@pinterest-kit/oauth`. */
  cipher?: TokenCipher;
}

/** The key names one store uses: tokens and lock share a `{hash tag}`, so one cluster slot. */
export function storeKeys(key: string): { tokens: string; lock: string } {
  const tokens = /\{[^}]+\}/.test(key) ? key : `{${key}}`;
  return { tokens, lock: `${tokens}:lock` };
}

/**
 * A {@link TokenStore} for one user's tokens in Redis (a hash: `tokens`, `fp`, `v`), shared by any
 * number of processes and hosts. `lock()` is a lease; `compareAndSet` is one Lua step.
 */
export function redisStore(options: RedisStoreOptions): TokenStore {
  if (options === null || typeof options !== "object") throw new TypeError("redisStore(options) takes { client, key }.");
  assertRedisClient(options.client, "redisStore options.client");
  const { client, cipher } = options;
  if (typeof options.key !== "string" || options.key === "")
    throw new TypeError('redisStore options.key must be a non-empty string naming this user, e.g. "pinterest:user:42".');
  const lockTtlMs = positiveMs(options.lockTtlMs ?? 30_000, "lockTtlMs", 100);
  const commandTimeoutMs = positiveMs(options.commandTimeoutMs ?? 5_000, "commandTimeoutMs", 1);
  if (cipher !== undefined && (typeof cipher?.encrypt !== "function" || typeof cipher?.decrypt !== "function"))
    throw new TypeError("redisStore options.cipher must be a TokenCipher ({ encrypt, decrypt }), e.g. aesGcmCipher(key).");
  const keys = storeKeys(options.key);
  // Fencing. Invariant: a write lands only if the hash still holds the fingerprint, and — for
  // tokens this store loaded or wrote — the version, that the writer last saw. Every write bumps
  // the version inside the same script, so a holder whose lease ran out while another process
  // stored newer tokens always loses its late compareAndSet and the session takes the stored ones.
  const versions = new WeakMap<TokenSet, string>();

  const call = <T>(what: string, run: () => Promise<T>) => callRedis(what, commandTimeoutMs, run);

  return {
    async load() {
      const reply = (await call("load()", () => client.hmGet(keys.tokens, ["tokens", "v"]))) as unknown[];
      const [stored, version] = reply.map((field) => (field === null || field === undefined ? undefined : String(field)));
      if (stored === undefined) return undefined;
      const text = cipher ? await cipher.decrypt(stored) : stored;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        // JSON.parse quotes the text it failed on, and that text holds tokens.
        throw new Error(`redisStore: ${keys.tokens} does not hold TokenSet JSON (written with a cipher, or by something else?).`);
      }
      const tokens = TokenSet.fromJSON(json);
      if (version !== undefined) versions.set(tokens, version);
      return tokens;
    },
    async compareAndSet(prev, next) {
      if (!(next instanceof TokenSet)) throw new TypeError("compareAndSet(prev, next): next must be a TokenSet.");
      if (prev !== undefined && !(prev instanceof TokenSet))
        throw new TypeError("compareAndSet(prev, next): prev must be a TokenSet or undefined.");
      const text = JSON.stringify(next.toJSON());
      const value = cipher ? await cipher.encrypt(text) : text;
      const args = [prev ? fingerprint(prev) : "", prev ? (versions.get(prev) ?? "") : "", value, fingerprintOf(text)];
      const version = Number(await call("compareAndSet()", () => runScript(client, COMPARE_AND_SET, [keys.tokens], args)));
      if (version === 0) return false;
      versions.set(next, String(version));
      return true;
    },
    lock: (lockOptions) =>
      acquireLease({ client, key: keys.lock, ttlMs: lockTtlMs, commandTimeoutMs, signal: lockOptions?.signal }),
  };
}

/** SHA-256 of the TokenSet's JSON form: equal tokens, equal fingerprint, whatever the cipher's random IV. */
function fingerprint(tokens: TokenSet): string {
  return fingerprintOf(JSON.stringify(tokens.toJSON()));
}

function fingerprintOf(json: string): string {
  return createHash("sha256").update(json).digest("base64url");
}

function positiveMs(value: number, name: string, min: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min)
    throw new TypeError(`redisStore options.${name} must be a finite number of milliseconds ≥ ${min}; got ${String(value)}.`);
  return value;
}
