import type { QueryConfig, QueryResult, QueryResultRow } from "pg";
import { PostgresStoreError } from "./errors.js";

/** What the store needs of a `pg.Pool` (a `pg.Client` works too, though a pool is what apps share). */
export interface Queryable {
  // biome-ignore lint/suspicious/noExplicitAny: pg's own default row type
  query<R extends QueryResultRow = any>(config: QueryConfig): Promise<QueryResult<R>>;
}

/**
 * Run one statement with a deadline covering both the wait for a pooled connection and the answer:
 * pg's `query_timeout` drops a connection that stopped answering (so the pool does not hand it out
 * again), and the timer here also bounds a pool whose `connectionTimeoutMillis` is unset. A
 * connection lost under the statement (a terminated backend, a reset) is retried once on another
 * one within the same deadline: every statement of the store is safe to repeat, since a write whose
 * answer was lost is refused by its own version bump and a lease attempt repeats the same owner. A
 * failure becomes a {@link PostgresStoreError} naming the step and SQLSTATE, never the values sent.
 */
export async function runStatement<R extends QueryResultRow>(
  pool: Queryable,
  statement: { step: string; text: string; values: unknown[] },
  timeoutMs: number,
): Promise<R[]> {
  const started = Date.now();
  const send = (ms: number) => {
    const query = pool.query<R>({ text: statement.text, values: statement.values, query_timeout: ms } as QueryConfig);
    query.catch(() => {}); // it may still fail after the deadline has answered
    return query;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    // Timers run before the poll phase: on a starved event loop an answer that already arrived is
    // read only after them, so the deadline yields one turn (setImmediate) before it rejects.
    timer = setTimeout(
      () =>
        setImmediate(
          reject,
          new PostgresStoreError(`postgresStore: ${statement.step}: PostgreSQL did not answer within ${timeoutMs} ms.`, {
            code: "timeout",
          }),
        ),
      timeoutMs,
    );
  });
  try {
    const answer = send(timeoutMs).catch((error: unknown) => {
      const left = timeoutMs - (Date.now() - started);
      if (!connectionLost(error) || left < 1) throw error;
      return send(left);
    });
    return (await Promise.race([answer, deadline])).rows;
  } catch (error) {
    throw toStoreError(error, statement.step, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether the connection died under a statement (rather than PostgreSQL refusing or timing out). */
function connectionLost(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === "string" && /^(57P0[123]|08\d{3}|ECONNRESET|EPIPE|ECONNREFUSED)$/.test(code)) return true;
  return typeof message === "string" && /Connection terminated|connection error/i.test(message);
}

function toStoreError(error: unknown, step: string, timeoutMs: number): PostgresStoreError {
  if (error instanceof PostgresStoreError) return error;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const sqlState = typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
  if (sqlState === "42P01") {
    return new PostgresStoreError(
      `postgresStore: ${step}: the token table does not exist; run migrate(pool) (or the SQL in the README) once before using the store.`,
      { code: "not_migrated", sqlState },
    );
  }
  if (
    message === "Query read timeout" ||
    (typeof message === "string" && /timeout exceeded when trying to connect/i.test(message))
  ) {
    return new PostgresStoreError(`postgresStore: ${step}: PostgreSQL did not answer within ${timeoutMs} ms.`, {
      code: "timeout",
    });
  }
  // PostgreSQL's messages may quote an offending value (DETAIL is left out for that reason).
  const why = typeof message === "string" ? message.slice(0, 160) : "unknown error";
  return new PostgresStoreError(`postgresStore: ${step} failed${sqlState ? ` (SQLSTATE ${sqlState})` : ""}: ${why}`, {
    code: "database_error",
    sqlState,
  });
}
