import type { TokenStore } from "@pinterest-kit/oauth";
import { aesGcmCipher } from "@pinterest-kit/oauth";
import pg from "pg";
import { describe, expectTypeOf, test } from "vitest";
import { type PostgresStoreErrorCode, postgresStore, postgresStores, type Queryable } from "../src/index.js";

describe("postgres-store types", () => {
  test("a pg.Pool and a pg.Client are pools; a store is a TokenStore with a lock", () => {
    expectTypeOf<pg.Pool>().toExtend<Queryable>();
    expectTypeOf<pg.Client>().toExtend<Queryable>();
    const pool = new pg.Pool();
    expectTypeOf(postgresStore({ pool, key: "user-1" })).toEqualTypeOf<TokenStore>();
    expectTypeOf(postgresStores({ pool, cipher: aesGcmCipher(new Uint8Array(32)) }).for).toEqualTypeOf<
      (key: string) => TokenStore
    >();
  });

  test("options are checked: a key is required, durations are numbers, the cipher is a TokenCipher", () => {
    const pool = new pg.Pool();
    // @ts-expect-error key is required for one user's store
    postgresStore({ pool });
    // @ts-expect-error lockTtlMs is milliseconds, a number
    postgresStore({ pool, key: "u", lockTtlMs: "15s" });
    // @ts-expect-error a cipher has encrypt and decrypt
    postgresStores({ pool, cipher: { encrypt: async (text: string) => text } });
    // @ts-expect-error not a pool
    postgresStores({ pool: { connect() {} } });
  });

  test("error codes are a closed set", () => {
    expectTypeOf<PostgresStoreErrorCode>().toEqualTypeOf<"timeout" | "not_migrated" | "database_error" | "bad_stored_value">();
  });
});
