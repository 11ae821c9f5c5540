import type { Queryable } from "@pinterest-kit/postgres-store";

/** A pool wrapper counting the statements the store sends through it. */
export function countingPool(inner: Queryable): { pool: Queryable; statements: () => number } {
  let sent = 0;
  return {
    pool: {
      query: (config) => {
        sent++;
        return inner.query(config);
      },
    },
    statements: () => sent,
  };
}
