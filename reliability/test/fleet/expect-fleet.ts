import { expect } from "vitest";
import { record } from "../summary/counters.js";
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
