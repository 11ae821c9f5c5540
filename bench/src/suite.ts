/** What every suite hands to the runner: tables for people, data for results.json, targets checked. */

export interface Table {
  title: string;
  head: string[];
  rows: string[][];
}

/** A stated goal and how the measurement compares with it. */
export interface TargetCheck {
  name: string;
  goal: string;
  measured: string;
  met: boolean;
  /** "missed by 12%" and the like; empty when met. */
  gap: string;
}

export interface SuiteResult {
  id: string;
  title: string;
  tables: Table[];
  targets: TargetCheck[];
  /** Method notes printed under the tables: repetitions, what was skipped and why. */
  notes: string[];
  /** Raw figures for results.json. */
  data: unknown;
  seconds: number;
}

/** `--quick` shortens every suite (fewer runs, shorter windows) to check the bench itself; its figures are not for RESULTS.md. */
export interface BenchConfig {
  quick: boolean;
}

export interface Suite {
  id: string;
  title: string;
  run(config: BenchConfig): Promise<Omit<SuiteResult, "id" | "title" | "seconds">>;
}

/** A target "value ≤ limit" checked, with the miss expressed relative to the limit. */
export function atMost(name: string, value: number, limit: number, shown: string, goal: string): TargetCheck {
  const met = value <= limit;
  return { name, goal, measured: shown, met, gap: met ? "" : `missed by ${(((value - limit) / limit) * 100).toFixed(0)}%` };
}
