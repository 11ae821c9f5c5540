import { describe, expect, it } from "vitest";
import { MockPinterestError } from "../src/errors.js";
import { DEFAULT_MOCK_CLIENT, type MockPinterestOptions, resolveOptions } from "../src/options.js";

describe("resolveOptions", () => {
  it("defaults: 127.0.0.1, a free port, the default client, 30-day tokens", () => {
    const resolved = resolveOptions();
    expect(resolved).toMatchObject({
      port: 0,
      host: "127.0.0.1",
      accessTokenTtlSeconds: 2592000,
      autoApprove: false,
      maxRecordedRequests: 1000,
    });
    expect(resolved.clients).toEqual([DEFAULT_MOCK_CLIENT]);
  });

  it("the default client has fixed, documented values", () => {
    expect(DEFAULT_MOCK_CLIENT).toEqual({
      clientId: "1500000",
      clientSecret: "mock-client-secret",
      redirectUris: ["http://127.0.0.1/callback", "http://localhost/callback"],
      appName: "pinterest-kit mock app",
    });
  });

  it("gives clients the server's appName unless they have their own", () => {
    const resolved = resolveOptions({
      appName: "Server name",
      clients: [
        { clientId: "a", clientSecret: "s", redirectUris: ["https://a.example/cb"] },
        { clientId: "b", clientSecret: "s", redirectUris: ["https://b.example/cb"], appName: "B" },
      ],
    });
    expect(resolved.clients.map((client) => client.appName)).toEqual(["Server name", "B"]);
  });

  const invalid: [string, { given: unknown; want: RegExp }][] = [
    ["a negative port", { given: { port: -1 }, want: /port must be an integer from 0 to 65535/ }],
    ["an empty host", { given: { host: "" }, want: /host must be a non-empty string/ }],
    ["a zero TTL", { given: { accessTokenTtlSeconds: 0 }, want: /accessTokenTtlSeconds must be a positive integer/ }],
    ["a clock that is not a function", { given: { clock: 5 }, want: /clock must be a function/ }],
    ["no clients", { given: { clients: [] }, want: /clients must be a non-empty array/ }],
    [
      "a client without secret",
      { given: { clients: [{ clientId: "a", redirectUris: ["https://a/cb"] }] }, want: /clients\[0\]\.clientSecret/ },
    ],
    [
      "duplicate client ids",
      {
        given: {
          clients: [
            { clientId: "a", clientSecret: "s", redirectUris: ["https://a/cb"] },
            { clientId: "a", clientSecret: "t", redirectUris: ["https://a/cb"] },
          ],
        },
        want: /clients\[1\]\.clientId repeats/,
      },
    ],
    [
      "a relative redirect URI",
      { given: { clients: [{ clientId: "a", clientSecret: "s", redirectUris: ["/cb"] }] }, want: /absolute URLs/ },
    ],
    [
      "a redirect URI with a fragment",
      { given: { clients: [{ clientId: "a", clientSecret: "s", redirectUris: ["https://a/cb#x"] }] }, want: /fragment/ },
    ],
    ["a negative request log", { given: { maxRecordedRequests: -1 }, want: /maxRecordedRequests/ }],
  ];
  it.each(invalid)("rejects %s with INVALID_OPTIONS", (_name, { given, want }) => {
    const attempt = () => resolveOptions(given as MockPinterestOptions);
    expect(attempt).toThrow(want);
    expect(attempt).toThrow(expect.objectContaining({ code: "INVALID_OPTIONS", name: "MockPinterestError" }));
    expect(attempt).toThrow(MockPinterestError);
  });

  it("never puts a client secret in an error message", () => {
    const attempt = () => resolveOptions({ clients: [{ clientId: "a", clientSecret: "TOPSECRET", redirectUris: ["nope"] }] });
    expect(attempt).toThrow(/absolute URLs/);
    expect(attempt).not.toThrow(/TOPSECRET/);
  });
});
