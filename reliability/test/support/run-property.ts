import fc from "fast-check";
import { expect } from "vitest";
import { record } from "../summary/counters.js";

/**
 * Check a fast-check property, report its example count for the summary line, and fail the test
 * with fast-check's own report (seed, path and counterexample) when it does not hold.
 */
export async function runProperty<T>(
  name: string,
  property: fc.IAsyncPropertyWithHooks<T> | fc.IPropertyWithHooks<T>,
  parameters: fc.Parameters<T>,
): Promise<void> {
  const details = await fc.check(property as fc.IAsyncPropertyWithHooks<T>, parameters);
  record({ kind: "property", name, runs: details.numRuns, skips: details.numSkips, failed: details.failed });
  if (details.failed) expect.fail(fc.defaultReportMessage(details) ?? `property "${name}" failed`);
}
