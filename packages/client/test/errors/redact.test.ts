import { describe, expect, test } from "vitest";
import { bodyExcerpt, createRedactor, redactCause } from "../../src/errors/redact.js";

const redact = createRedactor(["s3cr:et ü", undefined, "abc"]);

describe("createRedactor", () => {
  const cases: [string, { given: string; want: string }][] = [
    ["as given", { given: "x s3cr:et ü y", want: "x [redacted] y" }],
    ["form-encoded", { given: "secret=s3cr%3Aet+%C3%BC", want: "secret=[redacted]" }],
    ["percent-encoded", { given: "s3cr%3Aet%20%C3%BC", want: "[redacted]" }],
    [
      "Pinterest-looking tokens it was never told about",
      { given: "got pina_AbC123xyz789 and pinr.eyJhbGciOi.x", want: "got [redacted] and [redacted]" },
    ],
    ["secrets shorter than 4 characters are left alone", { given: "abc", want: "abc" }],
  ];
  test.each(cases)("removes a secret %s", (_name, { given, want }) => {
    expect(redact(given)).toBe(want);
  });
});

describe("redactCause", () => {
  test("copies the chain with messages, stacks and codes redacted", () => {
    const inner = Object.assign(new Error("connect to s3cr:et ü failed"), { code: "ECONNREFUSED", port: 443 });
    const outer = new TypeError("fetch failed: s3cr:et ü", { cause: inner });
    const copy = redactCause(outer, redact) as Error & { cause: Error & { code: string; port: number } };
    expect(copy.name).toBe("TypeError");
    expect(copy.message).toBe("fetch failed: [redacted]");
    expect(copy.stack).not.toContain("s3cr:et ü");
    expect(copy.cause.message).toBe("connect to [redacted] failed");
    expect(copy.cause.code).toBe("ECONNREFUSED");
    expect(copy.cause.port).toBe(443);
  });

  test("a non-error reason becomes an Error with redacted text", () => {
    expect((redactCause("stop s3cr:et ü", redact) as Error).message).toBe("stop [redacted]");
  });
});

describe("bodyExcerpt", () => {
  test("the text of an HTML page, whitespace collapsed, scripts dropped, capped", () => {
    const page = `<html><head><script>var k = 1;</script></head><body><h1>Bad   Gateway</h1>${"x".repeat(500)}</body></html>`;
    const excerpt = bodyExcerpt(page, redact) ?? "";
    expect(excerpt.startsWith("Bad Gateway x")).toBe(true);
    expect(excerpt.length).toBe(201);
    expect(excerpt).not.toContain("var k");
  });

  test("a secret split by markup is still found", () => {
    expect(bodyExcerpt("<p>s3cr:et <b></b>ü</p>", createRedactor(["s3cr:et ü"]))).toBe(
      "s3cr:et ü".replace("s3cr:et ü", "[redacted]"),
    );
  });
});
