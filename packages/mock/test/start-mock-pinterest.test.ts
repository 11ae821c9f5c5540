import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_MOCK_CLIENT, type MockPinterest, MockPinterestError, startMockPinterest } from "../src/index.js";
import { postForm } from "./helpers.js";

let mock: MockPinterest | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

describe("startMockPinterest", () => {
  it("listens on 127.0.0.1 and a free port, with the URLs clients need", async () => {
    mock = await startMockPinterest();
    expect(mock.port).toBeGreaterThan(0);
    expect(mock.origin).toBe(`http://127.0.0.1:${mock.port}`);
    expect(mock.baseUrl).toBe(`http://127.0.0.1:${mock.port}/v5`);
    expect(mock.authorizeUrl).toBe(`http://127.0.0.1:${mock.port}/oauth/`);
  });

  it("registers the default client when none is given", async () => {
    mock = await startMockPinterest();
    expect(mock.clients).toEqual([DEFAULT_MOCK_CLIENT]);
  });

  it("two mocks run side by side with separate state", async () => {
    mock = await startMockPinterest();
    const other = await startMockPinterest();
    try {
      const code = mock.issueCode({ scopes: ["pins:read"] });
      const fields = { grant_type: "authorization_code", code, redirect_uri: "http://127.0.0.1/callback" };
      expect((await postForm(other, "/v5/oauth/token", fields)).status).toBe(400);
      expect((await postForm(mock, "/v5/oauth/token", fields)).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it("rejects when the port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const address = blocker.address();
    const port = typeof address === "object" && address !== null ? address.port : 0;
    try {
      await expect(startMockPinterest({ port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it("rejects bad options before listening", async () => {
    await expect(startMockPinterest({ port: 70000 })).rejects.toThrow(MockPinterestError);
  });
});

describe("mock.issueCode", () => {
  it("mints a code for the default client and its first redirect URI", async () => {
    mock = await startMockPinterest();
    const code = mock.issueCode({ scopes: ["user_accounts:read"] });
    const response = await postForm(mock, "/v5/oauth/token", {
      grant_type: "authorization_code",
      code,
      redirect_uri: DEFAULT_MOCK_CLIENT.redirectUris[0] as string,
    });
    expect(response.status).toBe(200);
  });

  const invalid: [string, { given: unknown; code: string }][] = [
    ["an unknown client", { given: { clientId: "nope", scopes: ["pins:read"] }, code: "UNKNOWN_CLIENT" }],
    [
      "an unregistered redirect URI",
      { given: { redirectUri: "https://evil.example/cb", scopes: ["pins:read"] }, code: "REDIRECT_URI_MISMATCH" },
    ],
    ["an unknown scope", { given: { scopes: ["pins:delete"] }, code: "INVALID_SCOPE" }],
    ["no scopes", { given: { scopes: [] }, code: "INVALID_SCOPE" }],
    ["a scope list in one string", { given: { scopes: ["pins:read,boards:read"] }, code: "INVALID_SCOPE" }],
    ["a string instead of an array", { given: { scopes: "pins:read" }, code: "INVALID_SCOPE" }],
  ];
  it.each(invalid)("rejects %s with a typed error", async (_name, { given, code }) => {
    mock = await startMockPinterest();
    const instance = mock;
    expect(() => instance.issueCode(given as never)).toThrow(expect.objectContaining({ name: "MockPinterestError", code }));
  });
});

describe("mock.close", () => {
  it("closes keep-alive connections and the listening socket; its timer never holds the process", async () => {
    const before = process.getActiveResourcesInfo().filter((kind) => kind.startsWith("TCP")).length;
    const timers = process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;
    mock = await startMockPinterest();
    expect(process.getActiveResourcesInfo().filter((kind) => kind === "Timeout")).toHaveLength(timers);
    await fetch(`${mock.baseUrl}/user_account`); // leaves a keep-alive connection open
    await mock.close();
    expect(process.getActiveResourcesInfo().filter((kind) => kind === "TCPServerWrap")).toHaveLength(0);
    await expect.poll(() => process.getActiveResourcesInfo().filter((kind) => kind.startsWith("TCP")).length).toBe(before);
  });

  it("is idempotent", async () => {
    mock = await startMockPinterest();
    const first = mock.close();
    expect(mock.close()).toBe(first);
    await first;
  });

  it("refuses connections afterwards", async () => {
    mock = await startMockPinterest();
    const url = `${mock.baseUrl}/user_account`;
    await mock.close();
    await expect(fetch(url)).rejects.toThrow(TypeError);
  });

  it("fail and issueCode throw CLOSED afterwards", async () => {
    mock = await startMockPinterest();
    await mock.close();
    const closed = mock;
    expect(() => closed.fail({ type: "drop" })).toThrow(expect.objectContaining({ code: "CLOSED" }));
    expect(() => closed.issueCode({ scopes: ["pins:read"] })).toThrow(expect.objectContaining({ code: "CLOSED" }));
  });
});
