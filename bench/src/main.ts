/**
 * `pnpm bench`: run the suites in order, print their tables, write results.json and RESULTS.md.
 * `--only generation,request` runs a subset; `--quick` shortens every suite to check the bench
 * itself and writes nothing.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { apiCallsSuite } from "./api/suite.js";
import { fanInSuite } from "./fan-in/suite.js";
import { generationSuite } from "./generation/suite.js";
import { mockThroughputSuite } from "./mock/suite.js";
import { benchDir } from "./paths.js";
import { postgresStoreSuite } from "./postgres-store/suite.js";
import { redisStoreSuite } from "./redis-store/suite.js";
import { describeMachine } from "./report/machine.js";
import { textTable } from "./report/text-table.js";
import { writeResults } from "./report/write-results.js";
import { requestOverheadSuite } from "./request/suite.js";
import { sizeSuite } from "./size/suite.js";
import type { Suite, SuiteResult } from "./suite.js";

const SUITES: Suite[] = [
  generationSuite,
  requestOverheadSuite,
  fanInSuite,
  sizeSuite,
  mockThroughputSuite,
  apiCallsSuite,
  postgresStoreSuite,
  redisStoreSuite,
];

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { only: { type: "string" }, quick: { type: "boolean" } } });
  const only = values.only?.split(",").map((id) => id.trim());
  const unknown = only?.filter((id) => !SUITES.some((suite) => suite.id === id)) ?? [];
  if (unknown.length > 0) {
    console.error(`bench: unknown suite ${unknown.join(", ")}; choose from ${SUITES.map((s) => s.id).join(", ")}.`);
    return 2;
  }
  const config = { quick: values.quick === true };
  const machine = describeMachine();
  console.log(
    `pinterest-kit bench on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}${config.quick ? ", --quick" : ""}\n`,
  );
  const started = performance.now();
  const results: SuiteResult[] = [];
  for (const suite of SUITES.filter((s) => !only || only.includes(s.id))) {
    console.log(`▶ ${suite.title} …`);
    const suiteStarted = performance.now();
    const result = { id: suite.id, title: suite.title, ...(await suite.run(config)), seconds: 0 };
    result.seconds = (performance.now() - suiteStarted) / 1000;
    results.push(result);
    printSuite(result);
  }
  const totalSeconds = (performance.now() - started) / 1000;
  const targets = results.flatMap((r) => r.targets);
  if (targets.length > 0) {
    console.log(
      textTable({
        title: "Targets",
        head: ["target", "goal", "measured", "result"],
        rows: targets.map((t) => [t.name, t.goal, t.measured, t.met ? "met" : t.gap]),
      }),
    );
  }
  console.log(
    `\nWhole run: ${totalSeconds.toFixed(0)} s; load average (1 min) ${machine.loadAtStart.toFixed(2)} at start, ${loadavg()[0]?.toFixed(2)} at end.`,
  );
  if (config.quick || only) {
    console.log("(--quick or --only: results.json and RESULTS.md left as they were.)");
  } else {
    await writeResults(benchDir, { machine, loadAtEnd: loadavg()[0] ?? 0, totalSeconds, suites: results });
    console.log("Wrote bench/results.json and bench/RESULTS.md.");
  }
  return 0;
}

function printSuite(result: SuiteResult): void {
  for (const table of result.tables) console.log(`\n${textTable(table)}`);
  for (const note of result.notes) console.log(`  · ${note}`);
  console.log(`  (${result.seconds.toFixed(1)} s)\n`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
