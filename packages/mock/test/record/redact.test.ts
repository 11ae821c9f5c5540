import { describe, expect, it } from "vitest";
import { REDACTED, redactFields, redactHeaders } from "../../src/record/redact.js";

describe("redactHeaders", () => {
  const cases: [string, { given: Record<string, string | string[] | undefined>; want: Record<string, string> }][] = [
    ["Basic keeps its scheme", { given: { authorization: "Basic czNjcmV0" }, want: { authorization: "Basic [redacted]" } }],
    ["Bearer keeps its scheme", { given: { authorization: "bearer pina_x" }, want: { authorization: "Bearer [redacted]" } }],
    ["another scheme is fully hidden", { given: { authorization: "Digest u=1" }, want: { authorization: REDACTED } }],
    ["a value without scheme is fully hidden", { given: { authorization: "pina_secret" }, want: { authorization: REDACTED } }],
    [
      "proxy credentials",
      { given: { "proxy-authorization": "Basic eA==" }, want: { "proxy-authorization": "Basic [redacted]" } },
    ],
    ["cookies", { given: { cookie: "sid=1" }, want: { cookie: REDACTED } }],
    ["repeated headers are joined", { given: { "x-a": ["1", "2"] }, want: { "x-a": "1, 2" } }],
    [
      "other headers are kept",
      { given: { "content-type": "text/plain", host: "h" }, want: { "content-type": "text/plain", host: "h" } },
    ],
    ["undefined values are skipped", { given: { "x-a": undefined }, want: {} }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(redactHeaders(given)).toEqual(want);
  });
});

describe("redactFields", () => {
  it("hides secret values and keeps the rest", () => {
    const given = {
      grant_type: "refresh_token",
      code: "c",
      refresh_token: "r",
      token: "t",
      access_token: "a",
      client_secret: "s",
      redirect_uri: "http://127.0.0.1/callback",
      scope: "pins:read",
    };
    expect(redactFields(given)).toEqual({
      grant_type: "refresh_token",
      code: REDACTED,
      refresh_token: REDACTED,
      token: REDACTED,
      access_token: REDACTED,
      client_secret: REDACTED,
      redirect_uri: "http://127.0.0.1/callback",
      scope: "pins:read",
    });
  });
});
