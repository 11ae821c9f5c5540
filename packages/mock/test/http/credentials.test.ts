import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BasicCredentials, parseBasicCredentials, parseBearerToken } from "../../src/http/credentials.js";
import { basic } from "../helpers.js";

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

describe("parseBasicCredentials (RFC 6749 §2.3.1)", () => {
  const cases: [string, { given: string | undefined; want: BasicCredentials | undefined }][] = [
    ["plain id and secret", { given: `Basic ${b64("1500000:s3cret")}`, want: { clientId: "1500000", clientSecret: "s3cret" } }],
    ["case-insensitive scheme", { given: `basic ${b64("a:b")}`, want: { clientId: "a", clientSecret: "b" } }],
    ["form-encoded specials", { given: basic("id:1", "p+ss %word:é"), want: { clientId: "id:1", clientSecret: "p+ss %word:é" } }],
    ["an empty secret", { given: `Basic ${b64("a:")}`, want: { clientId: "a", clientSecret: "" } }],
    [
      "a raw + decodes to a space (the encoder's job)",
      { given: `Basic ${b64("a:x+y")}`, want: { clientId: "a", clientSecret: "x y" } },
    ],
    ["no header", { given: undefined, want: undefined }],
    ["another scheme", { given: `Bearer ${b64("a:b")}`, want: undefined }],
    ["no colon", { given: `Basic ${b64("ab")}`, want: undefined }],
    ["not base64", { given: "Basic !!!!", want: undefined }],
    ["base64 with bad padding", { given: "Basic YTpi=", want: undefined }],
    [
      "base64 of bytes that are not UTF-8",
      { given: `Basic ${Buffer.from([0x61, 0x3a, 0xff]).toString("base64")}`, want: undefined },
    ],
    ["a malformed percent escape", { given: `Basic ${b64("a:%zz")}`, want: undefined }],
    ["nothing after the scheme", { given: "Basic ", want: undefined }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(parseBasicCredentials(given)).toEqual(want);
  });
});

describe("Basic round trip", () => {
  it("any Unicode id and secret, form-encoded then base64, decode to themselves", () => {
    const text = fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(text, fc.string({ unit: "grapheme", maxLength: 40 }), (clientId, clientSecret) => {
        expect(parseBasicCredentials(basic(clientId, clientSecret))).toEqual({ clientId, clientSecret });
      }),
      { numRuns: 500 },
    );
  });
});

describe("parseBearerToken (RFC 6750 §2.1)", () => {
  const cases: [string, { given: string | undefined; want: string | undefined }][] = [
    ["a token", { given: "Bearer pina_abc-DEF_123", want: "pina_abc-DEF_123" }],
    ["case-insensitive scheme", { given: "bearer t0k", want: "t0k" }],
    ["b64token padding", { given: "Bearer abc==", want: "abc==" }],
    ["no header", { given: undefined, want: undefined }],
    ["Basic", { given: "Basic abc", want: undefined }],
    ["two words", { given: "Bearer a b", want: undefined }],
    ["characters outside b64token", { given: 'Bearer a"b', want: undefined }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(parseBearerToken(given)).toBe(want);
  });
});
