import { describe, expect, it } from "vitest";
import { MockPinterestError } from "../../src/errors.js";
import { checkFault, type FailOptions, type Fault } from "../../src/faults/fault.js";

describe("checkFault", () => {
  const valid: [string, { fault: Fault; options?: FailOptions }][] = [
    ["status", { fault: { type: "status", status: 503, body: "html" } }],
    ["status with a custom body", { fault: { type: "status", status: 200, body: { text: "ok", contentType: "text/plain" } } }],
    ["rate-limit", { fault: { type: "rate-limit", retryAfterSeconds: 0 } }],
    ["delay", { fault: { type: "delay", ms: 0 } }],
    [
      "drop forever on a path",
      { fault: { type: "drop" }, options: { times: Number.POSITIVE_INFINITY, path: "/v5/oauth/token" } },
    ],
    ["invalid-success", { fault: { type: "invalid-success", variant: "wrong-types" } }],
  ];
  it.each(valid)("accepts %s", (_name, { fault, options }) => {
    expect(() => checkFault(fault, options ?? {})).not.toThrow();
  });

  const invalid: [string, { fault: unknown; options?: FailOptions; want: RegExp }][] = [
    ["an unknown type", { fault: { type: "explode" }, want: /unknown fault type "explode"/ }],
    ["a status below 200", { fault: { type: "status", status: 101 }, want: /status must be an integer from 200 to 599/ }],
    ["a status that is not an integer", { fault: { type: "status", status: "500" }, want: /status must be an integer/ }],
    ["an unknown body style", { fault: { type: "status", status: 500, body: "xml" }, want: /body must be/ }],
    ["non-string headers", { fault: { type: "status", status: 500, headers: { a: 1 } }, want: /headers must be/ }],
    ["a negative Retry-After", { fault: { type: "rate-limit", retryAfterSeconds: -1 }, want: /retryAfterSeconds/ }],
    ["an infinite delay", { fault: { type: "delay", ms: Number.POSITIVE_INFINITY }, want: /delay `ms`/ }],
    ["an unknown variant", { fault: { type: "invalid-success", variant: "odd" }, want: /variant/ }],
    ["times 0", { fault: { type: "drop" }, options: { times: 0 }, want: /times must be/ }],
    ["fractional times", { fault: { type: "drop" }, options: { times: 1.5 }, want: /times must be/ }],
    ["a relative path", { fault: { type: "drop" }, options: { path: "oauth/token" }, want: /path must be/ }],
    ["null", { fault: null, want: /must be an object/ }],
  ];
  it.each(invalid)("rejects %s with INVALID_FAULT", (_name, { fault, options, want }) => {
    const attempt = () => checkFault(fault as Fault, options ?? {});
    expect(attempt).toThrow(want);
    expect(attempt).toThrow(MockPinterestError);
    try {
      attempt();
    } catch (error) {
      expect((error as MockPinterestError).code).toBe("INVALID_FAULT");
    }
  });
});
