import { inspect } from "node:util";
import { afterEach, describe, expect, test } from "vitest";
import { createPinterestClient, PinterestApiError, pinterestApiError, unwrap } from "../../src/index.js";
import { closedPortUrl, type Reply, startRecordingServer } from "../recording-server.js";

type Server = Awaited<ReturnType<typeof startRecordingServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TOKEN = "pina_RetryTestToken1234567890";
const account = { username: "ada", account_type: "PINNER" };
const sequence = (replies: Reply[]) => (_request: unknown, index: number) =>
  replies[Math.min(index, replies.length - 1)] as Reply;

function clientFor(baseUrl: string, sleeps: number[], extra: Parameters<typeof createPinterestClient>[0] = {}) {
  return createPinterestClient({
    baseUrl,
    headers: { Authorization: `Bearer ${TOKEN}` },
    ...extra,
    retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0, ...extra.retry },
  });
}

describe("GET is repeated on 429, 5xx and resets, waiting Retry-After or backoff", () => {
  const cases: [string, { replies: Reply[]; requests: number; sleeps: number[]; status: number }][] = [
    [
      "429 with Retry-After, then 200",
      {
        replies: [{ status: 429, headers: { "retry-after": "2" }, body: { code: 8, message: "slow down" } }, { body: account }],
        requests: 2,
        sleeps: [2000],
        status: 200,
      },
    ],
    [
      "503 then 200",
      { replies: [{ status: 503, raw: "unavailable" }, { body: account }], requests: 2, sleeps: [250], status: 200 },
    ],
    [
      "500, 502, then 200: backoff doubles",
      {
        replies: [{ status: 500, body: {} }, { status: 502, raw: "bad gateway" }, { body: account }],
        requests: 3,
        sleeps: [250, 500],
        status: 200,
      },
    ],
    [
      "504 three times: gives up after 2 retries and returns the answer",
      { replies: [{ status: 504, raw: "timeout" }], requests: 3, sleeps: [250, 500], status: 504 },
    ],
    [
      "a Retry-After beyond the cap is returned, not waited for",
      {
        replies: [{ status: 429, headers: { "retry-after": "3600" }, body: { code: 8, message: "later" } }, { body: account }],
        requests: 1,
        sleeps: [],
        status: 429,
      },
    ],
    [
      "404 is not repeated",
      {
        replies: [{ status: 404, body: { code: 40, message: "nope" } }, { body: account }],
        requests: 1,
        sleeps: [],
        status: 404,
      },
    ],
    ["a reset connection, then 200", { replies: [{ reset: true }, { body: account }], requests: 2, sleeps: [250], status: 200 }],
  ];
  test.each(cases)("%s", async (_name, { replies, requests, sleeps, status }) => {
    server = await startRecordingServer(sequence(replies));
    const waited: number[] = [];
    const { response } = await clientFor(server.baseUrl, waited).GET("/user_account");
    expect(response.status).toBe(status);
    expect(server.requests).toHaveLength(requests);
    expect(waited).toEqual(sleeps);
    for (const request of server.requests) expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  test("the returned 429 builds an error carrying retryAfterMs", async () => {
    server = await startRecordingServer({
      status: 429,
      headers: { "retry-after": "3600", "x-pinterest-rid": "r-9" },
      body: { code: 8, message: "later" },
    });
    const result = await clientFor(server.baseUrl, []).GET("/user_account");
    const error = pinterestApiError(result);
    expect(error).toMatchObject({
      kind: "rate_limited",
      retryAfterMs: 3_600_000,
      operation: "GET /user_account",
      requestId: "r-9",
    });
  });

  test("{ retries: 0 } turns retries off", async () => {
    server = await startRecordingServer(sequence([{ status: 503, raw: "x" }, { body: account }]));
    const { response } = await clientFor(server.baseUrl, [], { retry: { retries: 0 } }).GET("/user_account");
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });
});

describe("a POST is never repeated once it may have reached Pinterest", () => {
  const revoke = { body: { token: "tok_to_revoke" } };

  test("503: not repeated", async () => {
    server = await startRecordingServer(sequence([{ status: 503, raw: "x" }, { body: {} }]));
    const { response } = await clientFor(server.baseUrl, []).POST("/oauth/token/revoke", revoke);
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  test("a reset connection: not repeated, a network error", async () => {
    server = await startRecordingServer(sequence([{ reset: true }, { body: {} }]));
    const call = clientFor(server.baseUrl, []).POST("/oauth/token/revoke", revoke);
    await expect(unwrap(call)).rejects.toMatchObject({
      name: "PinterestApiError",
      kind: "network",
      operation: "POST /oauth/token/revoke",
    });
    expect(server.requests).toHaveLength(1);
  });

  test("a per-call retry: { repeatWrites: true } opts in, resending the same body", async () => {
    server = await startRecordingServer(sequence([{ status: 503, raw: "x" }, { body: {} }]));
    const { response } = await clientFor(server.baseUrl, []).POST("/oauth/token/revoke", {
      ...revoke,
      retry: { repeatWrites: true },
    });
    expect(response.status).toBe(200);
    expect(server.requests.map((request) => request.body)).toEqual(["token=tok_to_revoke", "token=tok_to_revoke"]);
  });

  test("a refused connection sent nothing, so even a POST is tried again", async () => {
    const baseUrl = await closedPortUrl();
    const attempts: string[] = [];
    const waited: number[] = [];
    const client = createPinterestClient({
      baseUrl,
      headers: { Authorization: `Bearer ${TOKEN}` },
      retry: { sleep: async (ms) => void waited.push(ms), random: () => 0 },
      fetch: (request) => {
        attempts.push(request.method);
        return fetch(request);
      },
    });
    const raw = await client.POST("/oauth/token/revoke", revoke).catch((thrown: unknown) => thrown);
    expect(raw).toBeInstanceOf(TypeError); // as fetch rejects; unwrap() gives the typed error
    const error = await unwrap(client.POST("/oauth/token/revoke", revoke)).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PinterestApiError);
    expect(error).toMatchObject({ kind: "network" });
    expect((error as Error).message).toContain("ECONNREFUSED");
    expect(attempts).toEqual(["POST", "POST", "POST", "POST", "POST", "POST"]);
    for (const text of [inspect(error, { depth: 10 }), JSON.stringify(error)]) expect(text).not.toContain(TOKEN);
  });
});

describe("timeoutMs per attempt, combined with the call's signal (typed by unwrap)", () => {
  const slow: Reply = { body: account };
  test("an attempt longer than timeoutMs fails with kind timeout", async () => {
    server = await startRecordingServer(async () => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      return slow;
    });
    const call = clientFor(server.baseUrl, [], { timeoutMs: 100 }).GET("/user_account");
    await expect(unwrap(call)).rejects.toMatchObject({ kind: "timeout", operation: "GET /user_account" });
    expect(server.requests).toHaveLength(1);
  });

  test("the caller's signal aborts with kind aborted, also while waiting to retry", async () => {
    server = await startRecordingServer({ status: 503, raw: "x" });
    const controller = new AbortController();
    const client = createPinterestClient({
      baseUrl: server.baseUrl,
      retry: {
        sleep: async () => {
          controller.abort();
        },
      },
    });
    await expect(unwrap(client.GET("/user_account", { signal: controller.signal }))).rejects.toMatchObject({
      kind: "aborted",
    });
    expect(server.requests).toHaveLength(1);
  });
});

describe("createPinterestClient rejects bad retry options before any request", () => {
  const cases: [string, { given: object; want: RegExp }][] = [
    [
      "retries out of range",
      { given: { retry: { retries: 11 } }, want: /options\.retry\.retries must be a whole number from 0 to 10/ },
    ],
    ["a negative timeout", { given: { timeoutMs: -1 }, want: /options\.timeoutMs must be a number of milliseconds/ }],
    [
      "an unknown environment",
      { given: { environment: "staging" }, want: /options\.environment must be "production" or "sandbox"/ },
    ],
  ];
  test.each(cases)("%s", (_name, { given, want }) => {
    expect(() => createPinterestClient(given as never)).toThrow(want);
  });
});
