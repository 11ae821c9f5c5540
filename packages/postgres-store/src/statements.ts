/**
 * Every statement the store sends, for one table. Each is a single statement, atomic on its own:
 * the store never reads a row and then writes it on the strength of what it read, except through
 * `version` (a write succeeds only if the row is still at the version it was read at).
 */
export function statementsFor(table: string) {
  const lease = "now() + $3::bigint * interval '1 millisecond'"; // the database's clock, not this process's
  return {
    load: `SELECT tokens, version FROM ${table} WHERE key = $1`,
    /** First write: a new row, or a row that only ever held a lock; fails if tokens are stored. */
    insertFirst: `INSERT INTO ${table} AS stored (key, tokens, version, updated_at) VALUES ($1, $2, 1, now())
ON CONFLICT (key) DO UPDATE SET tokens = excluded.tokens, version = stored.version + 1, updated_at = now()
WHERE stored.tokens IS NULL RETURNING version`,
    /** Later writes: only over the version the writer read. */
    update: `UPDATE ${table} SET tokens = $3, version = version + 1, updated_at = now()
WHERE key = $1 AND version = $2 AND tokens IS NOT NULL RETURNING version`,
    /**
     * Take the lease if nobody holds it, the holder's lease ran out, or it is already in this owner's
     * name: a conditional UPDATE (which locks nothing when its condition fails, so waiters polling it
     * stay cheap), or an INSERT of the row when there is none yet.
     */
    lock: `WITH taken AS (
  UPDATE ${table} SET lock_owner = $2, lock_expires_at = ${lease}
  WHERE key = $1 AND (lock_owner IS NULL OR lock_expires_at <= now() OR lock_owner = $2) RETURNING key
), created AS (
  INSERT INTO ${table} (key, lock_owner, lock_expires_at) SELECT $1, $2, ${lease}
  WHERE NOT EXISTS (SELECT 1 FROM taken) AND NOT EXISTS (SELECT 1 FROM ${table} WHERE key = $1)
  ON CONFLICT (key) DO NOTHING RETURNING key
) SELECT key FROM taken UNION ALL SELECT key FROM created`,
    renew: `UPDATE ${table} SET lock_expires_at = ${lease} WHERE key = $1 AND lock_owner = $2 RETURNING key`,
    release: `UPDATE ${table} SET lock_owner = NULL, lock_expires_at = NULL WHERE key = $1 AND lock_owner = $2`,
  };
}

/** The statements of one table. */
export type Statements = ReturnType<typeof statementsFor>;
