import { describe, expect, it } from "vitest";
import { type ParsedForm, parseForm } from "../../src/http/form.js";

describe("parseForm", () => {
  const cases: [string, { given: string | Uint8Array; want: ParsedForm }][] = [
    ["fields", { given: "a=1&b=two", want: { ok: true, fields: { a: "1", b: "two" } } }],
    ["+ is a space, %2B a plus", { given: "a=x+y%2Bz", want: { ok: true, fields: { a: "x y+z" } } }],
    ["UTF-8 percent escapes", { given: "a=%C3%A9%F0%9F%98%80", want: { ok: true, fields: { a: "é😀" } } }],
    ["a field without = is empty", { given: "a&b=", want: { ok: true, fields: { a: "", b: "" } } }],
    ["empty segments are skipped", { given: "&a=1&&", want: { ok: true, fields: { a: "1" } } }],
    ["an empty body", { given: "", want: { ok: true, fields: {} } }],
    ["raw UTF-8 bytes", { given: Buffer.from("a=é", "utf8"), want: { ok: true, fields: { a: "é" } } }],
    ["a malformed escape", { given: "a=%zz", want: { ok: false, reason: "encoding" } }],
    ["a truncated escape", { given: "a=%E", want: { ok: false, reason: "encoding" } }],
    ["an escape that is not UTF-8", { given: "a=%FF", want: { ok: false, reason: "encoding" } }],
    ["an encoded lone surrogate", { given: "a=%ED%A0%80", want: { ok: false, reason: "encoding" } }],
    ["raw bytes that are not UTF-8", { given: Buffer.from([0x61, 0x3d, 0xc3, 0x28]), want: { ok: false, reason: "encoding" } }],
    ["a repeated field (RFC 6749 §3.1)", { given: "a=1&a=1", want: { ok: false, reason: "duplicate" } }],
    ["a field without a name", { given: "=1", want: { ok: false, reason: "empty-name" } }],
    ["__proto__ is an ordinary field", { given: "__proto__=x", want: { ok: true, fields: JSON.parse('{"__proto__":"x"}') } }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(parseForm(given)).toEqual(want);
  });

  it("round-trips what URLSearchParams writes", () => {
    const fields = { grant_type: "authorization_code", code: "a+b/c=d&e", redirect_uri: "http://127.0.0.1:8085/cb?x=1" };
    expect(parseForm(new URLSearchParams(fields).toString())).toEqual({ ok: true, fields });
  });
});
