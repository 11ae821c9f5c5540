import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { SuiteResult, TargetCheck } from "../suite.js";
import type { Machine } from "./machine.js";
import { markdownTable } from "./text-table.js";

export interface BenchReport {
  machine: Machine;
  /** 1-minute load average when the run ended. */
  loadAtEnd: number;
  totalSeconds: number;
  suites: SuiteResult[];
}

/** Write results.json (every figure) and RESULTS.md (the tables, the targets, the method notes). */
export async function writeResults(dir: string, report: BenchReport): Promise<void> {
  await writeFile(join(dir, "results.json"), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(dir, "RESULTS.md"), resultsMarkdown(report));
}

export function resultsMarkdown(report: BenchReport): string {
  const { machine } = report;
  const targets = report.suites.flatMap((suite) => suite.targets);
  const lines = [
    "# Benchmark results",
    "",
    "Written by `pnpm bench` (see [README.md](README.md) for what each suite measures and how to read it).",
    "Absolute times depend on the machine; compare the ratios.",
    "",
    markdownTable({
      title: "Machine",
      head: ["machine", ""],
      rows: [
        ["CPU", machine.cpu],
        ["cores", String(machine.cores)],
        ["memory", `${machine.memoryGiB} GiB`],
        ["Node", `${machine.node} (${machine.platform})`],
        ["date", machine.date],
        ["whole run", `${report.totalSeconds.toFixed(0)} s`],
        [
          "load average (1 min), start / end",
          `${machine.loadAtStart.toFixed(2)} / ${report.loadAtEnd.toFixed(2)} (other work on the machine shows here)`,
        ],
      ],
    }),
    "",
    "## Targets",
    "",
    targets.length === 0 ? "No targets were checked in this run." : targetsMarkdown(targets),
    "",
  ];
  for (const suite of report.suites) {
    lines.push(`## ${suite.title}`, "");
    for (const table of suite.tables) lines.push(`**${table.title}**`, "", markdownTable(table), "");
    for (const note of suite.notes) lines.push(`- ${note}`);
    lines.push("", `_Suite time: ${suite.seconds.toFixed(0)} s._`, "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

function targetsMarkdown(targets: TargetCheck[]): string {
  return markdownTable({
    title: "Targets",
    head: ["target", "goal", "measured", "result"],
    rows: targets.map((t) => [t.name, t.goal, t.measured, t.met ? "met" : t.gap]),
  });
}
