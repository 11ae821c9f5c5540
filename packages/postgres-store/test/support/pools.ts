import pg from "pg";

/** A pool for tests: short connect timeout, and idle-connection errors (a terminated backend) logged, not thrown. */
export function testPool(connectionString: string, options: pg.PoolConfig = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString, connectionTimeoutMillis: 5000, max: 5, ...options });
  pool.on("error", () => {}); // pg drops the broken client itself; the next query gets a new one
  return pool;
}

/** Run `body` with a fresh pool, ended afterwards. */
export async function withPool<T>(connectionString: string, body: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = testPool(connectionString);
  try {
    return await body(pool);
  } finally {
    await pool.end();
  }
}
