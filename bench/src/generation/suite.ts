import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Bench } from "tinybench";
import { ms, ratio } from "../format.js";
import type { CommandRun } from "../run-command.js";
import { growthExponent, median } from "../stats.js";
import type { BenchConfig, Suite, Table } from "../suite.js";
import { openapiGeneratorUnavailable, runOpenapiGenerator } from "./openapi-generator.js";
import { runPnpmGenerateCheck, runProjectEmitCommand } from "./project-commands.js";
import { emitOperationTable, emitSchemaTypes, loadOverlaidSpec, specLayout, stableJson } from "./project-generator.js";
import { syntheticSpec } from "./synthetic-spec.js";

/**
 * Runs per whole command. openapi-generator takes seconds per run (about a minute at 1,000
 * operations on 2 cores), so these are what fits the five-minute budget of `pnpm bench`.
 */
const PLAN = {
  pinned: { ours: 3, openapiGenerator: 3 },
  sizes: [
    { operations: 10, ours: 2, openapiGenerator: 2 },
    { operations: 100, ours: 2, openapiGenerator: 2 },
    { operations: 1000, ours: 2, openapiGenerator: 1 },
  ],
};
const QUICK_PLAN = {
  pinned: { ours: 1, openapiGenerator: 1 },
  sizes: [
    { operations: 10, ours: 1, openapiGenerator: 1 },
    { operations: 100, ours: 1, openapiGenerator: 1 },
  ],
};

interface CommandTiming {
  runs: number[];
  median: number;
  failures: string[];
}

interface SizeResult {
  operations: number;
  inProcessMs: number;
  inProcessRuns: number;
  ours: CommandTiming;
  openapiGenerator: CommandTiming | undefined;
}

export const generationSuite: Suite = {
  id: "generation",
  title: "1. Generation",
  async run(config: BenchConfig) {
    const plan = config.quick ? QUICK_PLAN : PLAN;
    const unavailable = openapiGeneratorUnavailable();
    const work = await mkdtemp(join(tmpdir(), "pinterest-kit-bench-gen-"));
    try {
      const { document } = await loadOverlaidSpec(specLayout());
      const overlaid = join(work, "pinterest-v5.overlaid.json");
      await writeFile(overlaid, stableJson(document));
      const pinned = await timeAlternately(
        plan.pinned.ours,
        plan.pinned.openapiGenerator,
        () => runPnpmGenerateCheck(),
        unavailable ? undefined : (run) => runOpenapiGenerator(overlaid, join(work, `oag-pinned-${run}`)),
      );
      const sizes: SizeResult[] = [];
      for (const size of plan.sizes) sizes.push(await measureSize(size, work, unavailable, config));
      return summarize(pinned, sizes, unavailable, plan);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
};

async function measureSize(
  size: { operations: number; ours: number; openapiGenerator: number },
  work: string,
  unavailable: string | undefined,
  config: BenchConfig,
): Promise<SizeResult> {
  const document = syntheticSpec(size.operations);
  const specFile = join(work, `synthetic-${size.operations}.json`);
  await writeFile(specFile, JSON.stringify(document));
  const inProcess = await timeInProcess(document, size.operations, config);
  const whole = await timeAlternately(
    size.ours,
    size.openapiGenerator,
    (run) => runProjectEmitCommand(specFile, join(work, `ours-${size.operations}-${run}`)),
    unavailable ? undefined : (run) => runOpenapiGenerator(specFile, join(work, `oag-${size.operations}-${run}`)),
  );
  return { operations: size.operations, ...inProcess, ours: whole.ours, openapiGenerator: whole.openapiGenerator };
}

/** emitSchemaTypes + emitOperationTable on the parsed document, under tinybench (one warm-up run). */
async function timeInProcess(
  document: ReturnType<typeof syntheticSpec>,
  operations: number,
  config: BenchConfig,
): Promise<{ inProcessMs: number; inProcessRuns: number }> {
  const minimumRuns = config.quick ? 2 : operations >= 1000 ? 3 : 10;
  const bench = new Bench({
    iterations: minimumRuns,
    time: config.quick ? 0 : 1000,
    warmupIterations: 1,
    warmupTime: 0,
    throws: true,
  });
  bench.add(`emit ${operations}`, async () => {
    await emitSchemaTypes(document);
    emitOperationTable(document);
  });
  await bench.run();
  const result = bench.tasks[0]?.result;
  if (!result || !("latency" in result))
    throw new Error(`generation: tinybench did not complete the ${operations}-operation run.`);
  return { inProcessMs: result.latency.p50, inProcessRuns: result.latency.samplesCount };
}

/** Alternate the two commands run by run, so drift on the machine hits both alike. */
async function timeAlternately(
  oursCount: number,
  theirCount: number,
  ours: (run: number) => Promise<CommandRun>,
  theirs: ((run: number) => Promise<CommandRun>) | undefined,
): Promise<{ ours: CommandTiming; openapiGenerator: CommandTiming | undefined }> {
  const oursRuns: CommandRun[] = [];
  const theirRuns: CommandRun[] = [];
  for (let run = 0; run < Math.max(oursCount, theirs ? theirCount : 0); run++) {
    if (run < oursCount) oursRuns.push(await ours(run));
    if (theirs && run < theirCount) theirRuns.push(await theirs(run));
  }
  return { ours: timing(oursRuns), openapiGenerator: theirs ? timing(theirRuns) : undefined };
}

function timing(runs: CommandRun[]): CommandTiming {
  const failures = runs
    .filter((run) => run.code !== 0)
    .map((run) => `exit ${run.code}: ${run.output.trim().split("\n").slice(-3).join(" / ")}`);
  const times = runs.map((run) => run.ms);
  return { runs: times, median: median(times), failures };
}

function summarize(
  pinned: { ours: CommandTiming; openapiGenerator: CommandTiming | undefined },
  sizes: SizeResult[],
  unavailable: string | undefined,
  plan: typeof PLAN | typeof QUICK_PLAN,
) {
  const skipped = unavailable ? `skipped: ${unavailable}` : undefined;
  const oag = (timingOf: CommandTiming | undefined) =>
    timingOf ? `${ms(timingOf.median)} (${timingOf.runs.length})` : (skipped ?? "–");
  const pinnedTable: Table = {
    title: "Generation: pinned fragment (3 operations + overlays), whole command, median (runs)",
    head: ["command", "median (runs)", "vs pnpm generate"],
    rows: [
      ["pnpm generate --check", `${ms(pinned.ours.median)} (${pinned.ours.runs.length})`, "1.00×"],
      [
        "openapi-generator-cli generate -g typescript-fetch (overlaid spec)",
        oag(pinned.openapiGenerator),
        pinned.openapiGenerator ? ratio(pinned.openapiGenerator.median / pinned.ours.median) : "–",
      ],
    ],
  };
  const sizeTable: Table = {
    title: "Generation: synthetic specs (refs, enums, discriminators)",
    head: [
      "operations",
      "ours in-process (per op)",
      "ours whole command (runs)",
      "openapi-generator whole command (runs)",
      "openapi-generator per op",
      "openapi-generator / ours, whole",
    ],
    rows: sizes.map((size) => [
      String(size.operations),
      `${ms(size.inProcessMs)} (${ms(size.inProcessMs / size.operations)})`,
      `${ms(size.ours.median)} (${size.ours.runs.length})`,
      oag(size.openapiGenerator),
      size.openapiGenerator ? ms(size.openapiGenerator.median / size.operations) : "–",
      size.openapiGenerator ? ratio(size.openapiGenerator.median / size.ours.median) : "–",
    ]),
  };
  const steps = (time: (size: SizeResult) => number | undefined) =>
    sizes
      .slice(1)
      .map((size, i) => {
        const previous = sizes[i] as SizeResult;
        const [a, b] = [time(previous), time(size)];
        return a && b
          ? `${previous.operations}→${size.operations} ${growthExponent([
              { size: previous.operations, time: a },
              { size: size.operations, time: b },
            ]).toFixed(2)}`
          : "";
      })
      .filter(Boolean)
      .join(", ");
  const growth = {
    oursInProcess: growthExponent(sizes.map((s) => ({ size: s.operations, time: s.inProcessMs }))),
    oursWhole: growthExponent(sizes.map((s) => ({ size: s.operations, time: s.ours.median }))),
    openapiGenerator: sizes.every((s) => s.openapiGenerator)
      ? growthExponent(sizes.map((s) => ({ size: s.operations, time: (s.openapiGenerator as CommandTiming).median })))
      : Number.NaN,
  };
  const first = sizes[0]?.operations;
  const last = sizes[sizes.length - 1]?.operations;
  const failures = [pinned.ours, pinned.openapiGenerator, ...sizes.flatMap((s) => [s.ours, s.openapiGenerator])].flatMap(
    (t) => t?.failures ?? [],
  );
  const notes = [
    `Growth from ${first} to ${last} operations (slope of log time over log size; 1 = linear, below 1 = a fixed cost still dominates): ours in-process ${growth.oursInProcess.toFixed(2)} (${steps((s) => s.inProcessMs)}), ours whole command ${growth.oursWhole.toFixed(2)}, openapi-generator ${Number.isNaN(growth.openapiGenerator) ? "–" : growth.openapiGenerator.toFixed(2)} (${steps((s) => s.openapiGenerator?.median)}).`,
    `Whole-command runs per size: ${plan.sizes.map((s) => `${s.operations} ops ${s.ours} ours / ${s.openapiGenerator} openapi-generator`).join(", ")}; pinned ${plan.pinned.ours} / ${plan.pinned.openapiGenerator}. openapi-generator takes about a minute at 1,000 operations on 2 cores, so that is what fits in five minutes: two runs give their mean, one run is an indication, not a median.`,
    "In-process = emitSchemaTypes + emitOperationTable on the parsed document (tinybench, one warm-up run, median). Whole command = a fresh Node with tsx reading the file, emitting, writing (bench/src/generation/emit-command.ts); for the pinned fragment, `pnpm generate --check` itself (lock check, overlays, three emitters).",
    ...failures.map((failure) => `FAILED run: ${failure}`),
  ];
  return {
    tables: [pinnedTable, sizeTable],
    targets: [],
    notes,
    data: {
      pinned,
      sizes,
      growth,
      openapiGenerator: unavailable ? { skipped: unavailable } : { version: "pinned in openapitools.json" },
    },
  };
}
