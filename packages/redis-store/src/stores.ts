import type { TokenStore } from "@pinterest-kit/oauth";
import { type RedisStoreOptions, redisStore } from "./store.js";

/** Options of {@link redisStores}: those of `redisStore` with a key `prefix` instead of a key. */
export interface RedisStoresOptions extends Omit<RedisStoreOptions, "key"> {
  /** Put before every user id, e.g. `"pinterest:tokens:"`; the user id becomes the hash tag. */
  prefix: string;
}

/** Stores of many users over one client: `for(userId)` is `redisStore` at `<prefix>{<userId>}`. */
export interface RedisStores {
  for(userId: string): TokenStore;
}

/** One {@link redisStore} per user, all sharing a client, prefix, lease and cipher. */
export function redisStores(options: RedisStoresOptions): RedisStores {
  if (options === null || typeof options !== "object") throw new TypeError("redisStores(options) takes { client, prefix }.");
  const { prefix, ...shared } = options;
  if (typeof prefix !== "string" || /[{}]/.test(prefix))
    throw new TypeError('redisStores options.prefix must be a string without braces, e.g. "pinterest:tokens:".');
  redisStore({ ...shared, key: `${prefix}{check}` }); // reject bad options now, not at the first user
  return {
    for(userId) {
      if (typeof userId !== "string" || userId === "" || /[{}]/.test(userId))
        throw new TypeError("redisStores().for(userId) needs a non-empty user id without braces.");
      return redisStore({ ...shared, key: `${prefix}{${userId}}` });
    },
  };
}
