import { describe, expect, it } from "vitest";
import { coerceFormBooleans } from "../../src/schema/coerce-form.js";

describe("coerceFormBooleans", () => {
  const booleans = new Set(["continuous_refresh"]);
  const cases: [string, { given: Record<string, string>; want: Record<string, unknown> }][] = [
    ['"true" becomes true', { given: { continuous_refresh: "true" }, want: { continuous_refresh: true } }],
    ['"false" becomes false', { given: { continuous_refresh: "false" }, want: { continuous_refresh: false } }],
    [
      '"1" stays a string (ajv coerceTypes would take it)',
      { given: { continuous_refresh: "1" }, want: { continuous_refresh: "1" } },
    ],
    ['"" stays a string', { given: { continuous_refresh: "" }, want: { continuous_refresh: "" } }],
    ['"TRUE" stays a string', { given: { continuous_refresh: "TRUE" }, want: { continuous_refresh: "TRUE" } }],
    ["other fields are never coerced", { given: { code: "true", expires_in: "5" }, want: { code: "true", expires_in: "5" } }],
    ["an absent field stays absent", { given: {}, want: {} }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(coerceFormBooleans(given, booleans)).toEqual(want);
  });
});
