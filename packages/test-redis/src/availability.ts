import { spawnSync } from "node:child_process";

const INSTALL = "apt-get install redis-server (Debian/Ubuntu) or put redis-server and redis-cli on PATH";
let checked: { available: boolean; reason: string } | undefined;

/**
 * Whether `redis-server` and `redis-cli` can run here. Outside CI a missing binary prints one
 * `skipped: …` line and the Redis tests skip; in CI (`CI=true`) it throws, so CI never passes by
 * skipping.
 */
export function redisAvailable(suite: string): boolean {
  checked ??= probe();
  if (checked.available) return true;
  if (process.env.CI === "true") throw new Error(`${suite} needs Redis: ${checked.reason}; ${INSTALL}.`);
  process.stdout.write(`skipped: ${suite}: ${checked.reason}; ${INSTALL}\n`);
  return false;
}

function probe(): { available: boolean; reason: string } {
  for (const binary of ["redis-server", "redis-cli"]) {
    const run = spawnSync(binary, ["--version"], { encoding: "utf8" });
    if (run.error || run.status !== 0) return { available: false, reason: `${binary} was not found` };
  }
  return { available: true, reason: "" };
}
