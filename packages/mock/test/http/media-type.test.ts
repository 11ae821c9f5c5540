import { describe, expect, it } from "vitest";
import { isFormRequest } from "../../src/http/media-type.js";

describe("isFormRequest", () => {
  const cases: [string, { given: Record<string, string>; want: boolean }][] = [
    ["exact", { given: { "content-type": "application/x-www-form-urlencoded" }, want: true }],
    ["upper case", { given: { "content-type": "Application/X-WWW-Form-URLEncoded" }, want: true }],
    ["charset utf-8", { given: { "content-type": "application/x-www-form-urlencoded; charset=UTF-8" }, want: true }],
    ["quoted charset", { given: { "content-type": 'application/x-www-form-urlencoded;charset="utf-8"' }, want: true }],
    ["another charset", { given: { "content-type": "application/x-www-form-urlencoded; charset=iso-8859-1" }, want: false }],
    ["JSON", { given: { "content-type": "application/json" }, want: false }],
    ["multipart", { given: { "content-type": "multipart/form-data; boundary=x" }, want: false }],
    ["none", { given: {}, want: false }],
    ["gzip-encoded", { given: { "content-type": "application/x-www-form-urlencoded", "content-encoding": "gzip" }, want: false }],
    [
      "identity-encoded",
      { given: { "content-type": "application/x-www-form-urlencoded", "content-encoding": "identity" }, want: true },
    ],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(isFormRequest(given)).toBe(want);
  });
});
