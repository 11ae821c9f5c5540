import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import type { CounterRecord } from "./counters.js";
import { formatSummary } from "./format-summary.js";

/**
 * Give the test workers a fresh directory for their counters, and when the run ends print the
 * `reliability:` summary line built from what they wrote. The line is also kept in
 * `summary.txt` (a turbo output), so `pnpm test` can repeat it as its last line, cached run or not.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "reliability-counters-"));
  project.provide("reliabilityCountersDir", dir);
  return () => {
    const records: CounterRecord[] = [];
    for (const file of readdirSync(dir)) {
      for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
        if (line !== "") records.push(JSON.parse(line) as CounterRecord);
      }
    }
    rmSync(dir, { recursive: true, force: true });
    const summary = formatSummary(records);
    writeFileSync(new URL("../../summary.txt", import.meta.url), `${summary}\n`);
    process.stdout.write(`\n${summary}\n`);
  };
}
