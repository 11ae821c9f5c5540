import { describe, expect, it } from "vitest";
import { htmlEscape } from "../../src/http/html-escape.js";

describe("htmlEscape", () => {
  const cases: [string, { given: string; want: string }][] = [
    ["markup", { given: "<script>alert(1)</script>", want: "&lt;script&gt;alert(1)&lt;/script&gt;" }],
    ["attribute breakers", { given: `" onload='x'`, want: "&quot; onload=&#39;x&#39;" }],
    ["ampersands first", { given: "&lt;", want: "&amp;lt;" }],
    ["plain text unchanged", { given: "Pinterest app é", want: "Pinterest app é" }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(htmlEscape(given)).toBe(want);
  });
});
