import { createHash } from "node:crypto";

/** A Lua script run with EVALSHA, falling back to EVAL the first time a server has not cached it. */
export interface LuaScript {
  readonly source: string;
  readonly sha1: string;
}

function lua(source: string): LuaScript {
  return { source, sha1: createHash("sha1").update(source).digest("hex") };
}

/**
 * Compare-and-set of one user's token hash (fields `tokens`, `fp`, `v`), in one server-side step.
 * KEYS[1] the token hash. ARGV: expected fingerprint ("" = the store must be empty), expected
 * version ("" = fingerprint only), the new stored value, its fingerprint. Returns the new version,
 * or 0 when the store no longer holds what the writer loaded. Repeating a call whose reply was
 * lost returns 0 (the store then holds `next` itself, which the session loads and keeps).
 */
export const COMPARE_AND_SET = lua(`
local current = redis.call('HMGET', KEYS[1], 'fp', 'v')
if ARGV[1] == '' then
  if current[1] then return 0 end
elseif current[1] ~= ARGV[1] or (ARGV[2] ~= '' and current[2] ~= ARGV[2]) then
  return 0
end
local version = redis.call('HINCRBY', KEYS[1], 'v', 1)
redis.call('HSET', KEYS[1], 'tokens', ARGV[3], 'fp', ARGV[4])
return version
`);

/**
 * Take the lock KEYS[1] for owner ARGV[1] for ARGV[2] ms: `SET … NX PX`, or, when ARGV[1] already
 * holds it (a retried call whose first reply was lost), extend it. 1 when held, 0 when another owns it.
 */
export const ACQUIRE_LOCK = lua(`
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
return 0
`);

/** Delete the lock KEYS[1] only if ARGV[1] still owns it (a lease that ran out may be someone else's now). */
export const RELEASE_LOCK = lua(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`);

/** Extend the lock KEYS[1] to ARGV[2] ms only if ARGV[1] still owns it; 0 when the lease was lost. */
export const RENEW_LOCK = lua(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`);
