import { formEncodeComponent } from "@pinterest-kit/client/internal";
import { describe, expect, test } from "vitest";
import { basicAuthorization } from "../src/client-authentication.js";

describe("formEncodeComponent (application/x-www-form-urlencoded, WHATWG URL §5.2)", () => {
  const cases: [string, { given: string; want: string }][] = [
    ["unreserved characters stay", { given: "Az09-._*", want: "Az09-._*" }],
    ["space becomes +", { given: "a b", want: "a+b" }],
    ["what encodeURIComponent leaves is escaped here", { given: "!'()~", want: "%21%27%28%29%7E" }],
    ["reserved characters", { given: ":/?#[]@&=+$,;%", want: "%3A%2F%3F%23%5B%5D%40%26%3D%2B%24%2C%3B%25" }],
    ["non-ASCII as UTF-8", { given: "ü€😀", want: "%C3%BC%E2%82%AC%F0%9F%98%80" }],
  ];
  test.each(cases)("%s", (_name, { given, want }) => {
    expect(formEncodeComponent(given)).toBe(want);
  });
});

describe("basicAuthorization (RFC 6749 §2.3.1)", () => {
  test("encodes id and secret each, then base64 of id:secret", () => {
    const header = basicAuthorization("id:1", "sé cret+/");
    expect(header).toBe(`Basic ${Buffer.from("id%3A1:s%C3%A9+cret%2B%2F").toString("base64")}`);
  });

  test("a colon in the id cannot shift the split between id and secret", () => {
    const decoded = atob(basicAuthorization("a:b", "c").slice(6));
    expect(decoded.split(":")).toEqual(["a%3Ab", "c"]);
  });
});
