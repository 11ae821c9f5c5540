import { describe, expect, test } from "vitest";
import { nextPollInterval } from "../../src/media/wait-for-media.js";

/** The first `count` waits between polls, starting from `first`. */
function waits(first: number, count: number): number[] {
  const result = [first];
  while (result.length < count) result.push(nextPollInterval(result.at(-1) ?? first, first));
  return result;
}

describe("polling backoff", () => {
  const cases: [string, { given: { first: number; count: number }; want: number[] }][] = [
    [
      "the default grows 1.5× up to 15 s",
      { given: { first: 2_000, count: 8 }, want: [2_000, 3_000, 4_500, 6_750, 10_125, 15_000, 15_000, 15_000] },
    ],
    ["a first wait above the cap stays as given", { given: { first: 20_000, count: 3 }, want: [20_000, 20_000, 20_000] }],
    ["a short first wait grows from there", { given: { first: 10, count: 4 }, want: [10, 15, 22.5, 33.75] }],
  ];
  test.each(cases)("%s", (_name, { given, want }) => {
    expect(waits(given.first, given.count)).toEqual(want);
  });
});
