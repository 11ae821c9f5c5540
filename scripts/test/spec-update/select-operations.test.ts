import { describe, expect, test } from "vitest";
import { normalizeSelection, type OperationSelection, resolveSelection } from "../../src/spec-update/select-operations.js";
import { miniUpstream } from "../fixtures/mini-upstream.js";

const selection = (given: Partial<OperationSelection>) => normalizeSelection(given);

describe("resolveSelection", () => {
  const cases: [string, { given: Partial<OperationSelection>; want: string[] }][] = [
    [
      "operations alone",
      { given: { operations: ["user_account/get", "oauth/token"] }, want: ["oauth/token", "user_account/get"] },
    ],
    ["a tag", { given: { tags: ["pins"] }, want: ["pins/list"] }],
    [
      "tags and operations together",
      {
        given: { tags: ["pins", "oauth"], operations: ["user_account/get"] },
        want: ["oauth/token", "pins/list", "user_account/get"],
      },
    ],
    [
      "an exclusion wins over its tag",
      { given: { tags: ["pins", "oauth"], excludeOperations: ["pins/list"] }, want: ["oauth/token"] },
    ],
    ["an operation named twice counts once", { given: { tags: ["oauth"], operations: ["oauth/token"] }, want: ["oauth/token"] }],
  ];
  test.each(cases)("%s", (_name, { given, want }) => {
    expect(resolveSelection(miniUpstream(), selection(given))).toEqual(want);
  });

  const errors: [string, { given: Partial<OperationSelection>; want: RegExp }][] = [
    [
      "an unknown tag, listing the known ones",
      {
        given: { tags: ["boards"] },
        want: /no operation of upstream 5\.23\.0 is tagged "boards"\. Tags it uses: oauth, pins, user_account/,
      },
    ],
    ["an unknown operation", { given: { operations: ["boards/list"] }, want: /has no operation "boards\/list"/ }],
    [
      "an unknown exclusion (a typo would exclude nothing)",
      { given: { tags: ["pins"], excludeOperations: ["pin/list"] }, want: /has no operation "pin\/list"/ },
    ],
    [
      "a selection that leaves nothing",
      { given: { tags: ["pins"], excludeOperations: ["pins/list"] }, want: /resolves to no operation/ },
    ],
  ];
  test.each(errors)("refuses %s", (_name, { given, want }) => {
    expect(() => resolveSelection(miniUpstream(), selection(given))).toThrow(want);
  });
});

describe("normalizeSelection", () => {
  test("trims, drops empty items, deduplicates and sorts each list", () => {
    expect(normalizeSelection({ tags: [" pins", "oauth", "", "pins"], excludeOperations: ["b", "a"] })).toEqual({
      tags: ["oauth", "pins"],
      operations: [],
      excludeOperations: ["a", "b"],
    });
  });
});
