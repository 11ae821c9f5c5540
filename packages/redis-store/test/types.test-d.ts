import type { TokenStore } from "@pinterest-kit/oauth";
import { createClient, createCluster } from "redis";
import { describe, expectTypeOf, test } from "vitest";
import { type RedisCommands, redisStore, redisStores } from "../src/index.js";

describe("redisStore types", () => {
  test("takes a node-redis client and a cluster, with or without modules and RESP 3", () => {
    expectTypeOf(createClient()).toExtend<RedisCommands>();
    expectTypeOf(createClient({ RESP: 3 })).toExtend<RedisCommands>();
    expectTypeOf(createCluster({ rootNodes: [] })).toExtend<RedisCommands>();
    expectTypeOf(redisStore({ client: createClient(), key: "k" })).toEqualTypeOf<TokenStore>();
    expectTypeOf(redisStores({ client: createCluster({ rootNodes: [] }), prefix: "p:" }).for("u")).toEqualTypeOf<TokenStore>();
  });
  test("needs a key, and no unknown option", () => {
    // @ts-expect-error key is required
    redisStore({ client: createClient() });
    // @ts-expect-error the cipher option is `cipher`, a TokenCipher
    redisStore({ client: createClient(), key: "k", encrypt: (s: string) => s });
    // @ts-expect-error a plain object is not a client
    redisStore({ client: {}, key: "k" });
  });
});
