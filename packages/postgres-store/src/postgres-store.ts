import type { TokenCipher, TokenSet, TokenStore } from "@pinterest-kit/oauth";
import { attemptSlotsOf } from "./attempt-slots.js";
import { decodeTokens, encodeTokens } from "./codec.js";
import { acquireLease } from "./lease.js";
import { type Queryable, runStatement } from "./run-statement.js";
import { assertTableName, DEFAULT_TABLE } from "./schema.js";
import { statementsFor } from "./statements.js";
import type { StoreContext } from "./store-context.js";

/** Options shared by {@link postgresStore} and {@link postgresStores}. */
export interface PostgresStoreSharedOptions {
  /** A `pg.Pool` (give it an `on("error")` listener: pg emits errors of idle connections there). */
  pool: Queryable;
  /** The table {@link migrate} created; default `pinterest_tokens`. */
  table?: string;
  /** Refresh lease length, renewed every third of it while held; default 15 000 ms. */
  lockTtlMs?: number;
  /** A waiter's first retry of a held lease; default 50 ms, doubling up to `lockRetryMaxMs` (jittered). */
  lockRetryMs?: number;
  /** Longest wait between a waiter's retries; default 1 000 ms. */
  lockRetryMaxMs?: number;
  /** Deadline of each statement, connection wait included; default 5 000 ms. */
  timeoutMs?: number;
  /** Encrypts the stored TokenSet JSON, e.g. `aesGcmCipher(key)` from @pinterest-kit/oauth. */
  cipher?: TokenCipher;
}

/** Options of {@link postgresStore}: the shared ones and the user's key. */
export interface PostgresStoreOptions extends PostgresStoreSharedOptions {
  /** The row holding this user's tokens, e.g. your user id. */
  key: string;
}

/**
 * A {@link TokenStore} for one user's tokens in a PostgreSQL row, shared by every worker of an app:
 * `compareAndSet` is a single statement conditional on the row's version, and `lock()` a lease in
 * the row, so sessions everywhere refresh once between them (RFC 6749 §6, §10.4 rotation).
 *
 * Invariant (kept by the `version = $2` condition of every write): a write lands only if nobody wrote
 * since the writer read the row, and each write bumps the version. The lease only makes one refresh
 * likely; the version makes a stale writer — one whose lease ran out while it was paused — harmless:
 * its write is refused and its session takes the stored tokens.
 */
export function postgresStore(options: PostgresStoreOptions): TokenStore {
  if (options === null || typeof options !== "object") throw new TypeError("postgresStore(options) takes { pool, key }.");
  const { key } = options;
  if (typeof key !== "string" || key === "")
    throw new TypeError("postgresStore options.key must be a non-empty string naming the user (e.g. your user id).");
  return storeFor(contextOf(options, "postgresStore"), key);
}

/** One pool and table for many users: `postgresStores({ pool }).for(userId)` is that user's store. */
export function postgresStores(options: PostgresStoreSharedOptions): { for(key: string): TokenStore } {
  if (options === null || typeof options !== "object") throw new TypeError("postgresStores(options) takes { pool }.");
  const context = contextOf(options, "postgresStores");
  return {
    for(key) {
      if (typeof key !== "string" || key === "")
        throw new TypeError("postgresStores(…).for(key) needs a non-empty string naming the user (e.g. your user id).");
      return storeFor(context, key);
    },
  };
}

function storeFor(shared: Omit<StoreContext, "key">, key: string): TokenStore {
  const ctx: StoreContext = { ...shared, key };
  // The version each TokenSet this instance read or wrote was stored at; a `prev` it never saw is
  // looked up (and compared by value) just before the conditional write.
  const versions = new WeakMap<TokenSet, string>();

  const read = async (): Promise<{ tokens: TokenSet | undefined; version: string | undefined }> => {
    const [row] = await runStatement<{ tokens: unknown; version: string }>(
      ctx.pool,
      { step: "load()", text: ctx.sql.load, values: [key] },
      ctx.timeoutMs,
    );
    const tokens = await decodeTokens(row?.tokens, ctx.cipher, key);
    if (tokens && row) versions.set(tokens, row.version);
    return { tokens, version: tokens ? row?.version : undefined };
  };

  return {
    load: async () => (await read()).tokens,
    async compareAndSet(prev, next) {
      if (!isTokenSet(next)) throw new TypeError("compareAndSet(prev, next): next must be a TokenSet.");
      const value = await encodeTokens(next, ctx.cipher);
      let rows: { version: string }[];
      if (prev === undefined) {
        rows = await runStatement(
          ctx.pool,
          { step: "compareAndSet()", text: ctx.sql.insertFirst, values: [key, value] },
          ctx.timeoutMs,
        );
      } else {
        let version = versions.get(prev);
        if (version === undefined) {
          const current = await read();
          if (!current.tokens || !sameJson(current.tokens, prev)) return false;
          version = current.version as string;
        }
        rows = await runStatement(
          ctx.pool,
          { step: "compareAndSet()", text: ctx.sql.update, values: [key, version, value] },
          ctx.timeoutMs,
        );
      }
      const [written] = rows;
      if (written) versions.set(next, written.version);
      return written !== undefined;
    },
    lock: (lockOptions) => acquireLease(ctx, lockOptions?.signal),
  };
}

function contextOf(options: PostgresStoreSharedOptions, fn: string): Omit<StoreContext, "key"> {
  const { pool, cipher } = options;
  if (pool === null || typeof pool !== "object" || typeof (pool as Queryable).query !== "function") {
    throw new TypeError(`${fn} options.pool must be a pg.Pool (new pg.Pool({ connectionString })).`);
  }
  if (cipher !== undefined && (typeof cipher?.encrypt !== "function" || typeof cipher?.decrypt !== "function")) {
    throw new TypeError(`${fn} options.cipher must be a TokenCipher such as aesGcmCipher(key) from @pinterest-kit/oauth.`);
  }
  const table = options.table ?? DEFAULT_TABLE;
  assertTableName(table, `${fn} options.table`);
  return {
    pool,
    attemptSlots: attemptSlotsOf(pool),
    sql: statementsFor(table),
    cipher,
    lockTtlMs: positiveMs(options.lockTtlMs, 15_000, `${fn} options.lockTtlMs`, 100),
    lockRetryMs: positiveMs(options.lockRetryMs, 50, `${fn} options.lockRetryMs`, 1),
    lockRetryMaxMs: positiveMs(options.lockRetryMaxMs, 1_000, `${fn} options.lockRetryMaxMs`, 1),
    timeoutMs: positiveMs(options.timeoutMs, 5_000, `${fn} options.timeoutMs`, 1),
  };
}

function positiveMs(value: unknown, fallback: number, argument: string, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw new TypeError(`${argument} must be a whole number of milliseconds, at least ${min}; got ${String(value)}.`);
  }
  return value;
}

function isTokenSet(value: unknown): value is TokenSet {
  return value !== null && typeof value === "object" && typeof (value as TokenSet).toJSON === "function";
}

function sameJson(a: TokenSet, b: TokenSet): boolean {
  return JSON.stringify(a.toJSON()) === JSON.stringify(b.toJSON());
}
