import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { PinterestOAuth } from "../src/index.js";
import { BASIC, CODE, NOW, oauthFor, REFRESH_TOKEN } from "./fixtures.js";
import { startTokenServer, type TokenServer, tokenBody } from "./token-server.js";

let server: TokenServer;
beforeEach(async () => {
  server = await startTokenServer();
});
afterEach(() => server.close());

describe("each helper sends exactly Pinterest's wire format", () => {
  const cases: [string, { call: (oauth: PinterestOAuth) => Promise<unknown>; path: string; body: string }][] = [
    [
      "exchangeCode with the configured redirect URI",
      {
        call: (oauth) => oauth.exchangeCode(CODE),
        path: "/v5/oauth/token",
        body: "grant_type=authorization_code&code=c0de-1a2b3c4d5e6f&redirect_uri=https%3A%2F%2Fapp.example%2Fcallback%3Ffrom%3Dpinterest",
      },
    ],
    [
      "exchangeCode with continuous refresh and another redirect URI",
      {
        call: (oauth) => oauth.exchangeCode(CODE, { continuousRefresh: true, redirectUri: "http://localhost:8080/cb" }),
        path: "/v5/oauth/token",
        body: "grant_type=authorization_code&code=c0de-1a2b3c4d5e6f&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcb&continuous_refresh=true",
      },
    ],
    [
      "exchangeCode with continuousRefresh false sends no flag",
      {
        call: (oauth) => oauth.exchangeCode(CODE, { continuousRefresh: false }),
        path: "/v5/oauth/token",
        body: "grant_type=authorization_code&code=c0de-1a2b3c4d5e6f&redirect_uri=https%3A%2F%2Fapp.example%2Fcallback%3Ffrom%3Dpinterest",
      },
    ],
    [
      "refreshToken",
      {
        call: (oauth) => oauth.refreshToken(REFRESH_TOKEN),
        path: "/v5/oauth/token",
        body: "grant_type=refresh_token&refresh_token=opaque-refresh-Vb8nK3tR6yP1",
      },
    ],
    [
      "refreshToken with narrower scopes, comma-joined",
      {
        call: (oauth) => oauth.refreshToken(REFRESH_TOKEN, { scopes: ["boards:read", "pins:read"] }),
        path: "/v5/oauth/token",
        body: "grant_type=refresh_token&refresh_token=opaque-refresh-Vb8nK3tR6yP1&scope=boards%3Aread%2Cpins%3Aread",
      },
    ],
    [
      "clientCredentials",
      {
        call: (oauth) => oauth.clientCredentials({ scopes: ["ads:read", "catalogs:read"] }),
        path: "/v5/oauth/token",
        body: "grant_type=client_credentials&scope=ads%3Aread%2Ccatalogs%3Aread",
      },
    ],
    [
      "revokeToken with a type hint",
      {
        call: (oauth) => oauth.revokeToken(REFRESH_TOKEN, { tokenTypeHint: "refresh_token" }),
        path: "/v5/oauth/token/revoke",
        body: "token=opaque-refresh-Vb8nK3tR6yP1&token_type_hint=refresh_token",
      },
    ],
    [
      "revokeToken without a hint",
      {
        call: (oauth) => oauth.revokeToken("pina_some_access_token_value"),
        path: "/v5/oauth/token/revoke",
        body: "token=pina_some_access_token_value",
      },
    ],
  ];

  test.each(cases)("%s", async (_name, { call, path, body }) => {
    await call(oauthFor(server));
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(`${request?.method} ${request?.url}`).toBe(`POST ${path}`);
    expect(request?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request?.headers.authorization).toBe(BASIC);
    expect(request?.headers["content-length"]).toBe(String(Buffer.byteLength(body)));
    expect(request?.body).toBe(body);
    expect(request?.body).not.toContain("client_secret");
    expect(request?.body).not.toContain("client_id");
  });
});

describe("token responses become TokenSets", () => {
  test("exchangeCode: times from the injected clock, numeric strings, comma scopes", async () => {
    const local = await startTokenServer({
      fallback: { body: tokenBody({ expires_in: "2592000", refresh_token_expires_in: "5184000" }) },
    });
    const tokens = await oauthFor(local).exchangeCode(CODE);
    await local.close();
    expect(tokens.toJSON()).toStrictEqual({
      accessToken: "pina_ACCESS_TOKEN_VALUE_1234567890",
      tokenType: "bearer",
      scopes: ["boards:read", "pins:read"],
      expiresIn: 2592000,
      receivedAt: NOW,
      expiresAt: NOW + 2592000 * 1000,
      refreshToken: "pinr_REFRESH_TOKEN_VALUE_1234567890",
      refreshTokenExpiresAt: NOW + 5184000 * 1000,
      responseType: "authorization_code",
    });
  });

  test("refresh_token_expires_at (epoch seconds) wins over refresh_token_expires_in", async () => {
    const local = await startTokenServer({
      fallback: { body: tokenBody({ refresh_token_expires_at: 1_760_000_000, response_type: "refresh_token" }) },
    });
    const tokens = await oauthFor(local).refreshToken(REFRESH_TOKEN);
    await local.close();
    expect(tokens.refreshTokenExpiresAt).toBe(1_760_000_000_000);
  });

  test("space-separated scopes (RFC 6749 §3.3) parse too", async () => {
    const local = await startTokenServer({
      fallback: { body: tokenBody({ scope: "boards:read pins:read  user_accounts:read" }) },
    });
    const tokens = await oauthFor(local).exchangeCode(CODE);
    await local.close();
    expect(tokens.scopes).toEqual(["boards:read", "pins:read", "user_accounts:read"]);
  });

  test("a refresh response without a refresh token keeps the one sent", async () => {
    const body = tokenBody({ response_type: "refresh_token" }) as Record<string, unknown>;
    delete body.refresh_token;
    delete body.refresh_token_expires_in;
    const local = await startTokenServer({ fallback: { body } });
    const tokens = await oauthFor(local).refreshToken("pinr_the_one_we_sent_123");
    await local.close();
    expect(tokens.refreshToken).toBe("pinr_the_one_we_sent_123");
    expect(tokens.accessToken).toBe("pina_ACCESS_TOKEN_VALUE_1234567890");
  });

  test("a rotated refresh token replaces the one sent", async () => {
    const local = await startTokenServer({ fallback: { body: tokenBody({ refresh_token: "pinr_rotated_0987654321" }) } });
    const tokens = await oauthFor(local).refreshToken(REFRESH_TOKEN);
    await local.close();
    expect(tokens.refreshToken).toBe("pinr_rotated_0987654321");
  });

  test("revokeToken resolves on an empty 200", async () => {
    const local = await startTokenServer({ fallback: { status: 200 } });
    await expect(oauthFor(local).revokeToken(REFRESH_TOKEN)).resolves.toBeUndefined();
    await local.close();
  });
});
