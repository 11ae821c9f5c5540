/** What went wrong in a {@link PostgresStoreError}; stable, for code that branches on it. */
export type PostgresStoreErrorCode =
  | "timeout" // PostgreSQL (or a pooled connection to it) did not answer within timeoutMs
  | "not_migrated" // the table does not exist: run migrate(pool) or the README's SQL
  | "database_error" // PostgreSQL or the connection failed
  | "bad_stored_value"; // the stored row does not hold a TokenSet this store can read

/**
 * A failure of the PostgreSQL token store. Its message names the step and the database's own error
 * code, never a token or a stored value; a session turns it into `persistence_failed`.
 */
export class PostgresStoreError extends Error {
  override readonly name = "PostgresStoreError";
  readonly code: PostgresStoreErrorCode;
  /** The SQLSTATE PostgreSQL answered with, when it did. */
  readonly sqlState: string | undefined;

  constructor(message: string, details: { code: PostgresStoreErrorCode; sqlState?: string | undefined }) {
    super(message);
    this.code = details.code;
    this.sqlState = details.sqlState;
  }
}
