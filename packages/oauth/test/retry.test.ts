import { sleep } from "@pinterest-kit/client/internal";
import { afterEach, describe, expect, test } from "vitest";
import { type PinterestOAuth, PinterestOAuthError } from "../src/index.js";
import { CODE, oauthFor, REFRESH_TOKEN } from "./fixtures.js";
import { closedPort, type Reply, startTokenServer, type TokenServer, tokenBody } from "./token-server.js";

let server: TokenServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const refresh = (oauth: PinterestOAuth) => oauth.refreshToken(REFRESH_TOKEN);
const credentials = (oauth: PinterestOAuth) => oauth.clientCredentials({ scopes: ["ads:read"] });
const exchange = (oauth: PinterestOAuth) => oauth.exchangeCode(CODE);
const revoke = (oauth: PinterestOAuth) => oauth.revokeToken(REFRESH_TOKEN);

const ok: Reply = { body: tokenBody() };
const tooMany = (retryAfter?: string): Reply => ({
  status: 429,
  headers: retryAfter ? { "retry-after": retryAfter } : {},
  body: { code: 8, message: "Rate limit exceeded" },
});
const unavailable: Reply = { status: 503, raw: "Service Unavailable" };

describe("retries repeat only what cannot spend a single-use credential", () => {
  const cases: [
    string,
    { call: (oauth: PinterestOAuth) => Promise<unknown>; replies: Reply[]; requests: number; sleeps: number[]; kind?: string },
  ][] = [
    [
      "refresh: 429 with Retry-After, then 503, then success",
      { call: refresh, replies: [tooMany("3"), unavailable, ok], requests: 3, sleeps: [3000, 750] },
    ],
    [
      "client_credentials: 503 three times gives up after 2 retries",
      {
        call: credentials,
        replies: [unavailable, unavailable, unavailable, ok],
        requests: 3,
        sleeps: [375, 750],
        kind: "server_error",
      },
    ],
    [
      "refresh: a Retry-After beyond the cap is not waited for",
      { call: refresh, replies: [tooMany("120"), ok], requests: 1, sleeps: [], kind: "rate_limited" },
    ],
    [
      "refresh: 500 is not repeated",
      { call: refresh, replies: [{ status: 500, body: {} }, ok], requests: 1, sleeps: [], kind: "server_error" },
    ],
    [
      "refresh: 502 is not repeated",
      { call: refresh, replies: [{ status: 502, raw: "bad" }, ok], requests: 1, sleeps: [], kind: "server_error" },
    ],
    [
      "refresh: a dropped connection is not repeated",
      { call: refresh, replies: ["destroy", ok], requests: 1, sleeps: [], kind: "network" },
    ],
    [
      "refresh: invalid_grant is not repeated",
      {
        call: refresh,
        replies: [{ status: 400, body: { code: 283, message: "x" } }, ok],
        requests: 1,
        sleeps: [],
        kind: "invalid_grant",
      },
    ],
    [
      "exchangeCode: 503 is not repeated",
      { call: exchange, replies: [unavailable, ok], requests: 1, sleeps: [], kind: "server_error" },
    ],
    [
      "exchangeCode: 429 is not repeated",
      { call: exchange, replies: [tooMany("1"), ok], requests: 1, sleeps: [], kind: "rate_limited" },
    ],
    [
      "revokeToken: 503 is not repeated",
      { call: revoke, replies: [unavailable, { status: 200 }], requests: 1, sleeps: [], kind: "server_error" },
    ],
  ];

  test.each(cases)("%s", async (_name, { call, replies, requests, sleeps, kind }) => {
    server = await startTokenServer({ replies, fallback: ok });
    const slept: number[] = [];
    const oauth = oauthFor(server, {
      retry: { random: () => 0.5, sleep: async (ms) => void slept.push(ms), baseDelayMs: 500, maxRetryAfterMs: 60_000 },
    });
    const outcome = await call(oauth).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (kind) expect(outcome).toMatchObject({ kind });
    else expect(outcome).toBeUndefined();
    expect(server.requests).toHaveLength(requests);
    expect(slept).toEqual(sleeps);
  });

  test("retries: 0 turns retrying off", async () => {
    server = await startTokenServer({ replies: [unavailable], fallback: ok });
    const error = await oauthFor(server, { retry: { retries: 0 } })
      .refreshToken(REFRESH_TOKEN)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "server_error", retryable: true });
    expect(server.requests).toHaveLength(1);
  });

  test("exchangeCode is re-sent after a refused connection: the code never left this machine", async () => {
    server = await startTokenServer();
    const port = await closedPort();
    let calls = 0;
    const oauth = oauthFor(server, {
      fetch: (request) => {
        calls++;
        // First attempt: the same request to a port nobody listens on (a real ECONNREFUSED).
        return calls === 1 ? fetch(new Request(request.url.replace(/:\d+\//, `:${port}/`), request)) : fetch(request);
      },
    });
    const tokens = await oauth.exchangeCode(CODE);
    expect(tokens.accessToken).toBe(tokenBody().access_token);
    expect(calls).toBe(2);
    expect(server.requests).toHaveLength(1);
  });

  test("an abort during the wait between attempts stops the retries", async () => {
    server = await startTokenServer({ fallback: unavailable });
    const controller = new AbortController();
    const oauth = oauthFor(server, {
      retry: {
        sleep: async () => {
          controller.abort();
        },
      },
    });
    const error = await oauth.refreshToken(REFRESH_TOKEN, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PinterestOAuthError);
    expect(error).toMatchObject({ kind: "aborted" });
    expect(server.requests).toHaveLength(1);
  });

  test("the default sleep waits between attempts", async () => {
    server = await startTokenServer({ replies: [unavailable], fallback: ok });
    const oauth = oauthFor(server, { retry: { baseDelayMs: 1, maxDelayMs: 1 } });
    await expect(oauth.refreshToken(REFRESH_TOKEN)).resolves.toBeDefined();
    expect(server.requests).toHaveLength(2);
  });
});

describe("sleep", () => {
  test("settles as soon as its signal aborts, clearing its timer", async () => {
    const timers = () => process.getActiveResourcesInfo().filter((name) => name === "Timeout").length;
    const before = timers();
    const controller = new AbortController();
    const waiting = sleep(3_600_000, controller.signal);
    expect(timers()).toBe(before + 1);
    controller.abort();
    await expect(waiting).resolves.toBeUndefined();
    expect(timers()).toBe(before);
  });

  test("does not wait at all on an aborted signal", async () => {
    await expect(sleep(3_600_000, AbortSignal.abort())).resolves.toBeUndefined();
  });
});
