import { expect } from "vitest";
import { record } from "../summary/counters.js";
import type { CallerResult } from "./messages.js";
import type { FleetCheck } from "./run-fleet.js";

/** Report a fleet case in the summary line, then require one refresh per user, every caller served, the last-issued token stored. */
export function expectFleetHealthy(name: string, check: FleetCheck, extra = ""): void {
  record({
    kind: "load",
    name,
    requests: check.callers,
    failed: check.callers - check.served,
    note: `${check.refreshes} refreshes for ${check.users} users, ${check.served} callers served${extra}`,
  });
  expect(check.failures).toEqual([]);
  expect(check.notRefreshedOnce).toEqual([]);
  expect(check.refreshes).toBe(check.users);
  expect(check.staleStores).toEqual([]);
  expect(check.inconsistentTokens).toEqual([]);
}

/**
 * Report a disruption case in the summary line, then require that every call during it resolved
 * or rejected with `persistence_failed`, and that every caller after it was served from the
 * last-issued tokens.
 */
export function expectDisruptionSettled(
  name: string,
  { during, after, check }: { during: CallerResult[]; after: CallerResult[]; check: FleetCheck },
  prefix = "",
): void {
  const unexpected = during.filter((r) => !r.ok && r.kind !== "persistence_failed");
  const served = during.filter((r) => r.ok).length;
  // Counted apart from the unexpected failures: the note said "persistence_failed" for every refusal.
  const persistenceFailed = during.length - served - unexpected.length;
  record({
    kind: "load",
    name,
    requests: during.length + after.length,
    failed: unexpected.length + check.failures.length,
    note: `${prefix}${served} served, ${persistenceFailed} persistence_failed and ${unexpected.length} other failures during it, ${check.served}/${after.length} served after`,
  });
  expect(unexpected).toEqual([]);
  expect(check.failures).toEqual([]);
  expect(check.staleStores).toEqual([]);
}
