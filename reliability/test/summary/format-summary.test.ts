import { describe, expect, test } from "vitest";
import type { CounterRecord } from "./counters.js";
import { formatSummary } from "./format-summary.js";

const cell = (state: "pass" | "fail"): CounterRecord => ({ kind: "test", group: "fault-matrix", name: "a × b", state });

describe("formatSummary", () => {
  const cases: [string, { given: CounterRecord[]; want: string }][] = [
    [
      "nothing ran",
      {
        given: [],
        want: "reliability: fault matrix not run; properties not run; load not run; failures 0 (0 of 0 tests, 0 calls under load, 0 properties)",
      },
    ],
    [
      "every figure, failures counted from tests and calls",
      {
        given: [
          cell("pass"),
          cell("pass"),
          cell("fail"),
          { kind: "test", group: "security", name: "x", state: "pass" },
          { kind: "property", name: "b", runs: 300, skips: 2, failed: false },
          { kind: "property", name: "a", runs: 1_500, skips: 0, failed: true },
          {
            kind: "load",
            name: "token requests",
            requests: 20_000,
            failed: 1,
            concurrency: 64,
            heapGrowthBytes: 6.3 * 1024 * 1024,
            heapBoundBytes: 24 * 1024 * 1024,
          },
          { kind: "load", name: "one store", requests: 1, failed: 0 },
        ],
        want:
          "reliability: fault matrix 2/3 cells passed; 2 properties, 1,800 examples (a 1,500, b 300 (+2 skipped)); " +
          "one store: 1 request, 0 failed; token requests: 20,000 requests at concurrency 64, 1 failed, heap +6.3 MB (bound 24.0 MB); " +
          "failures 2 (1 of 4 tests, 1 calls under load, 1 properties)",
      },
    ],
  ];
  test.each(cases)("%s", (_name, { given, want }) => {
    expect(formatSummary(given)).toBe(want);
  });
});
