import { afterEach, describe, expect, test } from "vitest";
import { type PinterestOAuth, PinterestOAuthError } from "../src/index.js";
import { CODE, NOW, oauthFor, REFRESH_TOKEN } from "./fixtures.js";
import { type Reply, startTokenServer, type TokenServer, tokenBody } from "./token-server.js";

let server: TokenServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const HTML_502 = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>body{color:red}</style></head>
<body><h1>502   Bad Gateway</h1><p>The upstream server is unavailable.</p></body></html>`;

type Want = Partial<
  Pick<
    PinterestOAuthError,
    | "kind"
    | "status"
    | "pinterestCode"
    | "pinterestMessage"
    | "oauthError"
    | "requestId"
    | "retryAfterMs"
    | "retryable"
    | "requiresReauth"
    | "bodyExcerpt"
  >
>;

const exchange = (oauth: PinterestOAuth) => oauth.exchangeCode(CODE);
const refresh = (oauth: PinterestOAuth) => oauth.refreshToken(REFRESH_TOKEN);

describe("every error kind from a real response", () => {
  const cases: [string, { reply: Reply; call?: (oauth: PinterestOAuth) => Promise<unknown>; want: Want; message?: RegExp }][] = [
    [
      "Pinterest code 1 → invalid_request",
      {
        reply: { status: 400, body: { code: 1, message: "Invalid request body" } },
        want: {
          kind: "invalid_request",
          status: 400,
          pinterestCode: 1,
          pinterestMessage: "Invalid request body",
          requiresReauth: false,
        },
        message: /HTTP 400, Pinterest code 1: Invalid request body/,
      },
    ],
    [
      "Pinterest code 2 → invalid_client",
      {
        reply: { status: 401, body: { code: 2, message: "Authentication failed." } },
        want: { kind: "invalid_client", status: 401, pinterestCode: 2, retryable: false },
        message: /app id and secret/,
      },
    ],
    [
      "Pinterest code 29 → forbidden",
      {
        reply: { status: 403, body: { code: 29, message: "You are not permitted to access that resource." } },
        call: (oauth) => oauth.revokeToken(REFRESH_TOKEN),
        want: { kind: "forbidden", status: 403, pinterestCode: 29 },
      },
    ],
    [
      "Pinterest code 283 → invalid_grant, re-authorize",
      {
        reply: {
          status: 400,
          body: { code: 283, message: "Invalid authorization grant", message_detail: "Authorization code expired" },
        },
        want: {
          kind: "invalid_grant",
          pinterestCode: 283,
          requiresReauth: true,
          pinterestMessage: "Invalid authorization grant — Authorization code expired",
        },
        message: /authorization again/,
      },
    ],
    [
      "RFC 6749 invalid_grant → invalid_grant",
      {
        reply: { status: 400, body: { error: "invalid_grant", error_description: "Refresh token revoked" } },
        call: refresh,
        want: {
          kind: "invalid_grant",
          oauthError: "invalid_grant",
          pinterestMessage: "Refresh token revoked",
          requiresReauth: true,
        },
      },
    ],
    [
      "RFC 6749 invalid_client on a 400 → invalid_client",
      {
        reply: { status: 400, body: { error: "invalid_client" } },
        want: { kind: "invalid_client", oauthError: "invalid_client" },
      },
    ],
    [
      "RFC 6749 unauthorized_client → forbidden",
      { reply: { status: 400, body: { error: "unauthorized_client" } }, want: { kind: "forbidden" } },
    ],
    [
      "a code Pinterest documents elsewhere falls back to the status",
      {
        reply: {
          status: 429,
          headers: { "retry-after": "7", "x-pinterest-rid": "rid-429" },
          body: { code: 8, message: "Rate limit" },
        },
        want: { kind: "rate_limited", status: 429, pinterestCode: 8, retryAfterMs: 7000, requestId: "rid-429", retryable: false },
        message: /x-pinterest-rid rid-429/,
      },
    ],
    [
      "429 on a refresh is retryable; Retry-After as an HTTP date uses the clock",
      {
        reply: { status: 429, headers: { "retry-after": new Date(NOW + 30_000).toUTCString() }, body: {} },
        call: refresh,
        want: { kind: "rate_limited", retryAfterMs: 30_000, retryable: true },
      },
    ],
    [
      "500 with an empty JSON body → server_error",
      { reply: { status: 500, body: {} }, want: { kind: "server_error", status: 500 } },
    ],
    [
      "an HTML 502 page → server_error with a readable excerpt",
      {
        reply: { status: 502, raw: HTML_502 },
        want: {
          kind: "server_error",
          status: 502,
          bodyExcerpt: "502 Bad Gateway 502 Bad Gateway The upstream server is unavailable.",
        },
        message: /HTTP 502: 502 Bad Gateway/,
      },
    ],
    [
      "503 on a refresh is retryable",
      { reply: { status: 503, raw: "Service Unavailable" }, call: refresh, want: { kind: "server_error", retryable: true } },
    ],
    ["404 without a body → invalid_request", { reply: { status: 404 }, want: { kind: "invalid_request", status: 404 } }],
    [
      "a 2xx body that is not JSON → invalid_response",
      {
        reply: { status: 200, raw: "<html>ok</html>" },
        want: { kind: "invalid_response", status: 200 },
        message: /text\/html.*not application\/json/,
      },
    ],
    [
      "a 2xx body without access_token → invalid_response naming the field",
      {
        reply: { body: { ...tokenBody(), access_token: undefined } },
        want: { kind: "invalid_response" },
        message: /missing or malformed access_token/,
      },
    ],
    [
      "a 2xx body with a non-numeric expires_in and no scope → invalid_response",
      {
        reply: { body: { ...tokenBody({ expires_in: "soon" }), scope: undefined } },
        want: { kind: "invalid_response" },
        message: /expires_in, scope/,
      },
    ],
    ["an empty 2xx body → invalid_response", { reply: { status: 200 }, want: { kind: "invalid_response" }, message: /empty/ }],
    [
      "a valid token JSON sent as text/html → invalid_response, no tokens taken",
      {
        reply: { status: 200, headers: { "content-type": "text/html" }, body: tokenBody() },
        want: { kind: "invalid_response", status: 200, retryable: false },
        message: /HTTP 200 \(text\/html\) but the body is not application\/json/,
      },
    ],
    [
      "429 with an RFC temporarily_unavailable body → rate_limited (the status wins)",
      {
        reply: { status: 429, body: { error: "temporarily_unavailable" } },
        call: refresh,
        want: { kind: "rate_limited", status: 429, oauthError: "temporarily_unavailable" },
      },
    ],
    [
      "503 with Pinterest code 2 → server_error (the status wins)",
      {
        reply: { status: 503, body: { code: 2, message: "Authentication failed." } },
        want: { kind: "server_error", pinterestCode: 2 },
      },
    ],
    [
      'an RFC error named like an Object.prototype member ("constructor") → the status decides',
      { reply: { status: 400, body: { error: "constructor" } }, want: { kind: "invalid_request", oauthError: "constructor" } },
    ],
    [
      'a Pinterest code named like an Object.prototype member ("__proto__" is not numeric) → the status decides',
      { reply: { status: 401, body: { error: "__proto__" } }, want: { kind: "invalid_client" } },
    ],
  ];

  test.each(cases)("%s", async (_name, { reply, call = exchange, want, message }) => {
    server = await startTokenServer({ fallback: reply });
    const error = await call(oauthFor(server, { retry: { retries: 0 } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PinterestOAuthError);
    expect(error).toMatchObject(want);
    if (message) expect((error as Error).message).toMatch(message);
    expect(server.requests).toHaveLength(1);
  });
});
