import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where test workers append the figures the summary line reports (see global-setup.ts). */
    reliabilityCountersDir: string;
  }
}

/** One figure a test reports for the `reliability:` summary line. */
export type CounterRecord =
  | { kind: "test"; group: string; name: string; state: "pass" | "fail" }
  | { kind: "property"; name: string; runs: number; skips: number; failed: boolean }
  | {
      kind: "load";
      name: string;
      requests: number;
      failed: number;
      concurrency?: number;
      heapGrowthBytes?: number;
      heapBoundBytes?: number;
      note?: string;
    };

/** Append a record to this worker's counters file; the global teardown reads them all. */
export function record(entry: CounterRecord): void {
  const dir = inject("reliabilityCountersDir");
  appendFileSync(join(dir, `${process.pid}-${threadId}.jsonl`), `${JSON.stringify(entry)}\n`);
}
