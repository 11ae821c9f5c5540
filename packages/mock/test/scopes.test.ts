import { PINTEREST_SCOPE_DESCRIPTIONS } from "@pinterest-kit/client";
import { describe, expect, it } from "vitest";
import { formatScopes, type ParsedScopes, parseScopes, SCOPE_DESCRIPTIONS } from "../src/scopes.js";

describe("parseScopes", () => {
  const cases: [string, { given: string; want: ParsedScopes }][] = [
    ["comma-separated (Pinterest)", { given: "boards:read,pins:read", want: { ok: true, scopes: ["boards:read", "pins:read"] } }],
    [
      "space-separated (RFC 6749 §3.3)",
      { given: "boards:read pins:read", want: { ok: true, scopes: ["boards:read", "pins:read"] } },
    ],
    [
      "mixed, with duplicates",
      { given: " pins:read, pins:read  boards:read,", want: { ok: true, scopes: ["pins:read", "boards:read"] } },
    ],
    ["empty", { given: "", want: { ok: false, reason: "empty" } }],
    ["only separators", { given: " , ", want: { ok: false, reason: "empty" } }],
    ["unknown", { given: "pins:read,pins:delete", want: { ok: false, reason: "unknown" } }],
    ["wrong case", { given: "PINS:READ", want: { ok: false, reason: "unknown" } }],
    ["an Object.prototype name", { given: "constructor", want: { ok: false, reason: "unknown" } }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(parseScopes(given)).toEqual(want);
  });

  it("formats with commas", () => {
    expect(formatScopes(["a", "b"])).toBe("a,b");
  });
});

describe("SCOPE_DESCRIPTIONS", () => {
  it("equals the scopes the client package generates from the pinned spec", () => {
    expect(SCOPE_DESCRIPTIONS).toEqual(PINTEREST_SCOPE_DESCRIPTIONS);
  });
});
