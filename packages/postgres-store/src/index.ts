export { PostgresStoreError, type PostgresStoreErrorCode } from "./errors.js";
export {
  type PostgresStoreOptions,
  type PostgresStoreSharedOptions,
  postgresStore,
  postgresStores,
} from "./postgres-store.js";
export type { Queryable } from "./run-statement.js";
export { DEFAULT_TABLE, migrate, migrationSql } from "./schema.js";
