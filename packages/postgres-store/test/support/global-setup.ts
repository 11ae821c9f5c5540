import { postgresUnavailable, startPostgres } from "@pinterest-kit/store-conformance/postgres-server";
import type { TestProject } from "vitest/node";
import { migrate } from "../../src/index.js";
import { withPool } from "./pools.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The shared server's connection string, or why there is none. */
    postgres: { connectionString: string } | { skipped: string };
  }
}

/** One PostgreSQL server (and its migrated table) for every test file of this package. */
export default async function setup(project: TestProject) {
  const why = postgresUnavailable();
  if (why) {
    if (process.env.CI === "true") throw new Error(`${why} (CI=true: the PostgreSQL tests must run)`);
    console.log(`skipped: postgres-store tests: ${why}`);
    project.provide("postgres", { skipped: why });
    return;
  }
  const server = await startPostgres();
  await withPool(server.connectionString, (pool) => migrate(pool));
  project.provide("postgres", { connectionString: server.connectionString });
  return () => server.stop();
}
