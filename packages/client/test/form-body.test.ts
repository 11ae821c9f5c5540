import { describe, expect, test } from "vitest";
import { type FormValue, formUrlEncode } from "../src/form-body.js";

describe("formUrlEncode", () => {
  const cases: [string, { given: Record<string, FormValue>; want: string }][] = [
    [
      "plain fields",
      { given: { grant_type: "refresh_token", refresh_token: "abc" }, want: "grant_type=refresh_token&refresh_token=abc" },
    ],
    ["undefined and null are dropped", { given: { a: "1", b: undefined, c: null }, want: "a=1" }],
    [
      "booleans as true/false",
      { given: { continuous_refresh: true, other: false }, want: "continuous_refresh=true&other=false" },
    ],
    ["numbers as decimal text", { given: { n: 42 }, want: "n=42" }],
    [
      "spaces as + and reserved characters escaped",
      { given: { s: "a b&c=d+e/f?g#h%" }, want: "s=a+b%26c%3Dd%2Be%2Ff%3Fg%23h%25" },
    ],
    ["non-ASCII as UTF-8", { given: { s: "pïn 📌" }, want: "s=p%C3%AFn+%F0%9F%93%8C" }],
    ["arrays as repeated keys", { given: { scope: ["a", "b"] }, want: "scope=a&scope=b" }],
    ["empty object", { given: {}, want: "" }],
  ];
  test.each(cases)("%s", (_name, { given, want }) => {
    expect(formUrlEncode(given)).toBe(want);
  });

  test("rejects a nested object, naming the field", () => {
    expect(() => formUrlEncode({ nested: { a: 1 } as unknown as FormValue })).toThrow(/"nested"/);
  });
});
