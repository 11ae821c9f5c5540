import type { TokenCipher } from "@pinterest-kit/oauth";
import type { AttemptSlots } from "./attempt-slots.js";
import type { Queryable } from "./run-statement.js";
import type { Statements } from "./statements.js";

/** Everything one store instance works with, checked once by {@link postgresStore}. */
export interface StoreContext {
  pool: Queryable;
  /** Bounds the lease attempts in flight on `pool`. */
  attemptSlots: AttemptSlots;
  key: string;
  sql: Statements;
  cipher: TokenCipher | undefined;
  lockTtlMs: number;
  lockRetryMs: number;
  lockRetryMaxMs: number;
  timeoutMs: number;
  /** The owner name of a lock attempt that failed on our side but may have taken the lease. */
  orphanedOwner?: string | undefined;
}
