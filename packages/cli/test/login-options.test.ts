import { describe, expect, test } from "vitest";
import { type LoginSettings, resolveLoginSettings } from "../src/login-options.js";
import { UsageError } from "../src/usage-error.js";

type Flags = Parameters<typeof resolveLoginSettings>[0];
const flags = (overrides: Partial<Flags>): Flags => ({ scopes: "user_accounts:read", timeout: "300", ...overrides });

describe("resolveLoginSettings", () => {
  const accepted: [string, { given: Partial<Flags>; want: Partial<LoginSettings> }][] = [
    ["defaults", { given: {}, want: { port: 8085, redirectUri: "http://localhost:8085/", scopes: ["user_accounts:read"] } }],
    [
      "--port sets the default redirect URI",
      { given: { port: "9000" }, want: { port: 9000, redirectUri: "http://localhost:9000/" } },
    ],
    [
      "the port comes from --redirect-uri",
      { given: { redirectUri: "http://127.0.0.1:9001/cb" }, want: { port: 9001, redirectUri: "http://127.0.0.1:9001/cb" } },
    ],
    [
      "--port and --redirect-uri agreeing",
      { given: { port: "9002", redirectUri: "http://localhost:9002/" }, want: { port: 9002 } },
    ],
    [
      "several scopes, spaces trimmed",
      { given: { scopes: "pins:read, boards:read" }, want: { scopes: ["pins:read", "boards:read"] } },
    ],
    ["a fractional timeout", { given: { timeout: "0.5" }, want: { timeoutSeconds: 0.5 } }],
  ];
  test.each(accepted)("accepts %s", (_name, { given, want }) => {
    expect(resolveLoginSettings(flags(given))).toMatchObject(want);
  });

  const rejected: [string, { given: Partial<Flags>; want: RegExp }][] = [
    ["an unknown scope", { given: { scopes: "pins:read,pins:fly" }, want: /--scopes has unknown scope "pins:fly"/ }],
    ["no scope", { given: { scopes: " , " }, want: /--scopes is empty/ }],
    ["a port that is not a number", { given: { port: "eighty" }, want: /--port eighty is not a port/ }],
    ["a port out of range", { given: { port: "70000" }, want: /--port 70000/ }],
    ["a zero timeout", { given: { timeout: "0" }, want: /--timeout 0 must be a positive number/ }],
    [
      "a redirect URI off loopback",
      { given: { redirectUri: "http://example.com:8085/cb" }, want: /--redirect-uri .* must be an http:\/\/localhost/ },
    ],
    [
      "an https redirect URI (this server speaks http)",
      { given: { redirectUri: "https://localhost:8085/" }, want: /--redirect-uri/ },
    ],
    ["a redirect URI without a port", { given: { redirectUri: "http://localhost/cb" }, want: /--redirect-uri/ }],
    ["not a URL", { given: { redirectUri: "localhost:8085" }, want: /--redirect-uri/ }],
    [
      "a port that disagrees with the redirect URI",
      {
        given: { port: "9000", redirectUri: "http://localhost:9001/" },
        want: /--port 9000 and the port of --redirect-uri \(9001\) differ/,
      },
    ],
  ];
  test.each(rejected)("rejects %s with a usage error naming the flag", (_name, { given, want }) => {
    expect(() => resolveLoginSettings(flags(given))).toThrow(UsageError);
    expect(() => resolveLoginSettings(flags(given))).toThrow(want);
  });
});
