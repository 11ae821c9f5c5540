import { createServer, type Server, type Socket } from "node:net";
import { createPinterestClient } from "@pinterest-kit/client";
import { type Fault, type MockPinterest, startMockPinterest } from "@pinterest-kit/mock";
import { createPinterestOAuth, createSession, type PinterestOAuth, PinterestOAuthError, TokenSet } from "@pinterest-kit/oauth";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DOCUMENTED_KINDS } from "../support/error-kinds.js";
import { DAY_MS, mockOAuth, SCOPES } from "../support/mock-app.js";
import { runProperty } from "../support/run-property.js";
import { settle } from "../support/settle.js";
import { serverAnswer } from "./arbitraries.js";

/** Expired tokens with a refresh token the server never checks (every answer here is injected). */
const expiredTokens = () =>
  new TokenSet({
    accessToken: "pina_expired_access_token",
    tokenType: "bearer",
    scopes: [...SCOPES],
    expiresIn: 3600,
    receivedAt: Date.now() - DAY_MS,
    expiresAt: Date.now() - DAY_MS + 3_600_000,
    refreshToken: "pinr_refresh_token_under_test",
    refreshTokenExpiresAt: Date.now() + 30 * DAY_MS,
  });

/** Every entry point that reads a token-endpoint answer; the middleware's API requests go to the mock. */
const CALLS: readonly [string, (oauth: PinterestOAuth, apiBaseUrl: string) => Promise<unknown>][] = [
  ["exchangeCode", (oauth) => oauth.exchangeCode("code-under-test")],
  ["refreshToken", (oauth) => oauth.refreshToken("pinr_refresh_token_under_test")],
  ["clientCredentials", (oauth) => oauth.clientCredentials({ scopes: SCOPES })],
  ["revokeToken", (oauth) => oauth.revokeToken("pina_token_under_test")],
  ["session.getAccessToken", (oauth) => createSession(oauth, { tokens: expiredTokens() }).getAccessToken()],
  [
    "middleware",
    async (oauth, apiBaseUrl) => {
      const client = createPinterestClient({ baseUrl: apiBaseUrl });
      client.use(createSession(oauth, { tokens: expiredTokens() }).middleware());
      return client.GET("/user_account");
    },
  ],
];
const call = fc.constantFrom(...CALLS);

function oauthFor(baseUrl: string, mock: MockPinterest): PinterestOAuth {
  return mockOAuth(mock, { baseUrl, retry: { sleep: async () => {} } });
}

/**
 * What a call may end with: a value, or a PinterestOAuthError of a documented kind that logs
 * cleanly — never another error, never a sync throw.
 */
function expectOnlyPinterestOAuthErrors(result: PromiseSettledResult<unknown>): void {
  if (result.status === "fulfilled") return;
  const error = result.reason as PinterestOAuthError;
  expect(error).toBeInstanceOf(PinterestOAuthError);
  expect(DOCUMENTED_KINDS.has(error.kind), `kind ${String(error.kind)} (${typeof error.kind}) is not a documented kind`).toBe(
    true,
  );
  expect(typeof error.message).toBe("string");
  expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: "PinterestOAuthError", kind: error.kind });
}

/**
 * Counterexamples fast-check found once, replayed first on every run: error codes named like
 * members of `Object.prototype` ("toString", "constructor", "__proto__").
 */
const PROTOTYPE_KEY_ANSWERS: Fault[] = ["toString", "constructor", "__proto__", "hasOwnProperty"].map((error) => ({
  type: "status",
  status: 400,
  body: { text: JSON.stringify({ error, error_description: "x" }), contentType: "application/json" },
}));

describe("arbitrary answers from the server", () => {
  let mock: MockPinterest;
  beforeAll(async () => {
    mock = await startMockPinterest({ maxRecordedRequests: 10 });
  });
  afterAll(() => mock.close());

  test("any status, headers and body on the token endpoints make every helper resolve or reject with PinterestOAuthError", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      await runProperty(
        "server answers",
        fc.asyncProperty(call, serverAnswer, async ([, run], fault) => {
          mock.clearFaults();
          mock.fail(fault, { times: Number.POSITIVE_INFINITY, path: "/v5/oauth/token" });
          mock.fail(fault, { times: Number.POSITIVE_INFINITY, path: "/v5/oauth/token/revoke" });
          expectOnlyPinterestOAuthErrors(
            await settle(Promise.resolve().then(() => run(oauthFor(mock.baseUrl, mock), mock.baseUrl))),
          );
        }),
        { numRuns: 1500, examples: PROTOTYPE_KEY_ANSWERS.map((fault) => [CALLS[0] as (typeof CALLS)[number], fault]) },
      );
    } finally {
      mock.clearFaults();
      process.off("unhandledRejection", onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });
});

describe("arbitrary bytes instead of HTTP", () => {
  let server: Server;
  let reply: Uint8Array = new Uint8Array();
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    server = createServer((socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {});
      socket.once("data", () => socket.end(reply));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test("a token endpoint that answers any bytes, HTTP-like or not, gets PinterestOAuthError (or a result)", async () => {
    const { port } = server.address() as { port: number };
    const baseUrl = `http://127.0.0.1:${port}/v5`;
    const statusLine = fc.constantFrom(
      "HTTP/1.1 200 OK\r\n",
      "HTTP/1.1 400 Bad Request\r\n",
      "HTTP/1.1 503 x\r\n",
      "HTTP/1.0 200\r\n",
      "",
    );
    const bytes = fc
      .tuple(statusLine, fc.uint8Array({ maxLength: 400 }))
      .map(([line, rest]) => Uint8Array.from([...Buffer.from(line, "latin1"), ...rest]));
    const mock = await startMockPinterest();
    try {
      await runProperty(
        "raw bytes",
        fc.asyncProperty(call, bytes, async ([, run], answer) => {
          reply = answer;
          expectOnlyPinterestOAuthErrors(await settle(Promise.resolve().then(() => run(oauthFor(baseUrl, mock), mock.baseUrl))));
        }),
        { numRuns: 300 },
      );
    } finally {
      await mock.close();
    }
  });
});

describe("error codes that are names of Object.prototype members", () => {
  const oauth = createPinterestOAuth({
    clientId: "1500000",
    clientSecret: "mock-client-secret",
    redirectUri: "http://127.0.0.1/callback",
  });
  test.each(["toString", "constructor", "__proto__", "valueOf"])(
    "parseCallback with error=%s gets a documented kind",
    (error) => {
      let thrown: unknown;
      try {
        oauth.parseCallback(`http://127.0.0.1/callback?error=${error}&state=s`, { expectedState: "s" });
      } catch (caught) {
        thrown = caught;
      }
      expect(thrown).toBeInstanceOf(PinterestOAuthError);
      const { kind } = thrown as PinterestOAuthError;
      expect(DOCUMENTED_KINDS.has(kind), `kind ${String(kind)} (${typeof kind})`).toBe(true);
    },
  );
});
