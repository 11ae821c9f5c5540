import { describe, expect, test } from "vitest";
import { isJsonMediaType, tokenSetFromResponse } from "../src/parse-token-response.js";
import { NOW } from "./fixtures.js";

const base = { access_token: "pina_a", token_type: "bearer", expires_in: 60, scope: "pins:read" };

describe("tokenSetFromResponse", () => {
  const accepted: [string, { given: Record<string, unknown>; want: Record<string, unknown>; absent?: string }][] = [
    ["the four required fields", { given: base, want: { expiresIn: 60, expiresAt: NOW + 60_000, scopes: ["pins:read"] } }],
    ["expires_in as a numeric string", { given: { ...base, expires_in: "2592000" }, want: { expiresIn: 2592000 } }],
    [
      "comma- and space-separated scopes together",
      { given: { ...base, scope: "a:b, c:d e:f" }, want: { scopes: ["a:b", "c:d", "e:f"] } },
    ],
    ["an empty scope string", { given: { ...base, scope: "" }, want: { scopes: [] } }],
    [
      "refresh_token_expires_in relative to receivedAt",
      {
        given: { ...base, refresh_token: "pinr_r", refresh_token_expires_in: "100" },
        want: { refreshTokenExpiresAt: NOW + 100_000 },
      },
    ],
    [
      "refresh_token_expires_at wins, in epoch seconds",
      {
        given: { ...base, refresh_token: "pinr_r", refresh_token_expires_at: 1_800_000_000, refresh_token_expires_in: 100 },
        want: { refreshTokenExpiresAt: 1_800_000_000_000 },
      },
    ],
    ["an unknown response_type is left out", { given: { ...base, response_type: "magic" }, want: {}, absent: "responseType" }],
    ["null refresh_token counts as absent", { given: { ...base, refresh_token: null }, want: {}, absent: "refreshToken" }],
  ];
  test.each(accepted)("accepts %s", (_name, { given, want, absent }) => {
    const result = tokenSetFromResponse(JSON.stringify(given), NOW);
    expect(result.problem).toBeUndefined();
    expect(result.tokens).toMatchObject(want);
    if (absent) expect(Object.keys(result.tokens ?? {})).not.toContain(absent);
  });

  const rejected: [string, { given: string | undefined; want: string }][] = [
    ["no body", { given: undefined, want: "the body is empty" }],
    ["an array", { given: "[]", want: "the body is not a JSON object" }],
    ["HTML", { given: "<html></html>", want: "the body is not JSON" }],
    ["a negative expires_in", { given: JSON.stringify({ ...base, expires_in: -1 }), want: "missing or malformed expires_in" }],
    ["an empty token_type", { given: JSON.stringify({ ...base, token_type: "" }), want: "missing or malformed token_type" }],
    [
      "a numeric refresh_token",
      { given: JSON.stringify({ ...base, refresh_token: 5 }), want: "missing or malformed refresh_token" },
    ],
    [
      "a bad refresh_token_expires_at",
      {
        given: JSON.stringify({ ...base, refresh_token_expires_at: "tomorrow" }),
        want: "missing or malformed refresh_token_expires_at",
      },
    ],
  ];
  test.each(rejected)("rejects %s", (_name, { given, want }) => {
    expect(tokenSetFromResponse(given, NOW)).toEqual({ problem: want });
  });
});

describe("isJsonMediaType", () => {
  const cases: [string, { given: string | null; want: boolean }][] = [
    ["application/json", { given: "application/json", want: true }],
    ["with a charset", { given: "application/json; charset=utf-8", want: true }],
    ["other casing", { given: "Application/JSON", want: true }],
    ["a +json type", { given: "application/problem+json", want: true }],
    ["HTML", { given: "text/html; charset=utf-8", want: false }],
    ["plain text", { given: "text/plain", want: false }],
    ["a look-alike", { given: "application/jsonp", want: false }],
    ["absent", { given: null, want: false }],
  ];
  test.each(cases)("%s", (_name, { given, want }) => {
    expect(isJsonMediaType(given)).toBe(want);
  });
});
