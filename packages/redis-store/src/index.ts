export type { RedisCommands } from "./redis-client.js";
export { type RedisStoreOptions, redisStore, storeKeys } from "./store.js";
export { type RedisStores, type RedisStoresOptions, redisStores } from "./stores.js";
