import type { Queryable } from "./run-statement.js";

/** The table name used when none is given. */
export const DEFAULT_TABLE = "pinterest_tokens";

/** Check `table` is a plain (optionally schema-qualified) SQL identifier, since it is spliced into SQL. */
export function assertTableName(table: unknown, argument: string): asserts table is string {
  if (typeof table !== "string" || !/^[a-z_][a-z0-9_]{0,62}(\.[a-z_][a-z0-9_]{0,62})?$/.test(table)) {
    throw new TypeError(
      `${argument} must be a lower-case SQL identifier such as "pinterest_tokens" or "app.pinterest_tokens"; got ${JSON.stringify(table)}.`,
    );
  }
}

/**
 * The table behind every store: one row per user key. `tokens` is the TokenSet JSON (or a JSON string
 * holding the cipher's output), null until the first write; `version` counts writes and fences stale
 * writers; `lock_owner`/`lock_expires_at` are the refresh lease, judged by the database's clock.
 */
export function migrationSql(table = DEFAULT_TABLE): string {
  assertTableName(table, "migrationSql(table)");
  return `CREATE TABLE IF NOT EXISTS ${table} (
  key text PRIMARY KEY,
  tokens jsonb,
  version bigint NOT NULL DEFAULT 0,
  lock_owner text,
  lock_expires_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);`;
}

/** Create the token table if it does not exist (idempotent). Stores never create it by themselves. */
export async function migrate(pool: Queryable, options: { table?: string } = {}): Promise<void> {
  if (pool === null || typeof pool !== "object" || typeof pool.query !== "function") {
    throw new TypeError("migrate(pool) needs a pg.Pool (or anything with pg's query(config) method).");
  }
  await pool.query({ text: migrationSql(options.table ?? DEFAULT_TABLE) });
}
