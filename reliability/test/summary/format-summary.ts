import type { CounterRecord } from "./counters.js";

const number = new Intl.NumberFormat("en-US");
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * The one-line summary of a run, from the records every test wrote: fault-matrix cells passed,
 * properties with their example counts, requests under load, and failures. Missing figures (a
 * file filtered out of the run) are shown as "not run" rather than as zero successes.
 */
export function formatSummary(records: readonly CounterRecord[]): string {
  const tests = records.filter((r) => r.kind === "test");
  const cells = tests.filter((t) => t.group === "fault-matrix");
  const properties = records.filter((r) => r.kind === "property").sort((a, b) => a.name.localeCompare(b.name));
  const loads = records.filter((r) => r.kind === "load").sort((a, b) => a.name.localeCompare(b.name));
  const failedTests = tests.filter((t) => t.state === "fail").length;
  const failedCalls = loads.reduce((sum, load) => sum + load.failed, 0);
  const failedProperties = properties.filter((p) => p.failed).length;

  const parts: string[] = [];
  parts.push(
    cells.length === 0
      ? "fault matrix not run"
      : `fault matrix ${number.format(cells.filter((c) => c.state === "pass").length)}/${number.format(cells.length)} cells passed`,
  );
  if (properties.length === 0) parts.push("properties not run");
  else {
    const examples = properties.reduce((sum, p) => sum + p.runs, 0);
    const each = properties.map((p) => `${p.name} ${number.format(p.runs)}${p.skips > 0 ? ` (+${p.skips} skipped)` : ""}`);
    parts.push(
      `${properties.length} ${properties.length === 1 ? "property" : "properties"}, ${number.format(examples)} examples (${each.join(", ")})`,
    );
  }
  if (loads.length === 0) parts.push("load not run");
  for (const load of loads) {
    let text = `${load.name}: ${number.format(load.requests)} ${load.requests === 1 ? "request" : "requests"}`;
    if (load.concurrency !== undefined) text += ` at concurrency ${load.concurrency}`;
    text += `, ${number.format(load.failed)} failed`;
    if (load.heapGrowthBytes !== undefined) {
      text += `, heap ${load.heapGrowthBytes < 0 ? "-" : "+"}${megabytes(Math.abs(load.heapGrowthBytes))}`;
      if (load.heapBoundBytes !== undefined) text += ` (bound ${megabytes(load.heapBoundBytes)})`;
    }
    if (load.note !== undefined) text += `, ${load.note}`;
    parts.push(text);
  }
  parts.push(
    `failures ${failedTests + failedCalls} (${failedTests} of ${number.format(tests.length)} tests, ${failedCalls} calls under load, ${failedProperties} properties)`,
  );
  return `reliability: ${parts.join("; ")}`;
}
