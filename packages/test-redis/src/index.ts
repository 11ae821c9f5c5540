export { redisAvailable } from "./availability.js";
export { commandsRun } from "./command-count.js";
export { freePort } from "./free-port.js";
export { type RedisCluster, startRedisCluster } from "./redis-cluster.js";
export { type RedisServer, type StartRedisOptions, sendRaw, startRedis, waitForPong } from "./redis-server.js";
