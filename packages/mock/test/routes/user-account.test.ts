import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MOCK_ACCOUNT, type MockPinterest } from "../../src/index.js";
import { errorOf, type manualClock, postForm, startWithClock, tokensFor } from "../helpers.js";

let mock: MockPinterest;
let clock: ReturnType<typeof manualClock>;
beforeEach(async () => {
  ({ mock, clock } = await startWithClock({ accessTokenTtlSeconds: 3600 }));
});
afterEach(async () => {
  await mock.close();
});

const AUTH_FAILED = { status: 401, code: 2, message: "Authentication failed." };
const get = (authorization?: string) =>
  fetch(`${mock.baseUrl}/user_account`, { headers: authorization === undefined ? {} : { authorization } });

describe("GET /v5/user_account", () => {
  it("returns the fixed account for a live token with user_accounts:read", async () => {
    const tokens = await tokensFor(mock, ["user_accounts:read"]);
    const response = await get(`Bearer ${tokens.access_token}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(MOCK_ACCOUNT);
  });

  it("accepts a client_credentials token with the scope", async () => {
    const response = await postForm(mock, "/v5/oauth/token", { grant_type: "client_credentials", scope: "user_accounts:read" });
    const { access_token } = (await response.json()) as { access_token: string };
    expect((await get(`Bearer ${access_token}`)).status).toBe(200);
  });

  const unauthorized: [string, string | undefined][] = [
    ["no Authorization", undefined],
    ["an unknown token", "Bearer pina_unknown"],
    ["a Basic header", "Basic MTUwMDAwMDptb2NrLWNsaWVudC1zZWNyZXQ="],
    ["an empty Bearer", "Bearer "],
  ];
  it.each(unauthorized)("%s is 401 code 2", async (_name, authorization) => {
    const response = await get(authorization);
    expect(await errorOf(response)).toEqual(AUTH_FAILED);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="Pinterest"');
  });

  it("a refresh token is not an access token (401)", async () => {
    const tokens = await tokensFor(mock);
    expect(await errorOf(await get(`Bearer ${tokens.refresh_token}`))).toEqual(AUTH_FAILED);
  });

  it("an access token expires after accessTokenTtlSeconds by the injected clock", async () => {
    const tokens = await tokensFor(mock);
    clock.advance(3600 * 1000 - 1);
    expect((await get(`Bearer ${tokens.access_token}`)).status).toBe(200);
    clock.advance(1);
    expect(await errorOf(await get(`Bearer ${tokens.access_token}`))).toEqual(AUTH_FAILED);
  });

  it("a token without user_accounts:read is 401 code 3, as Pinterest answers a missing scope", async () => {
    const tokens = await tokensFor(mock, ["pins:read"]);
    expect(await errorOf(await get(`Bearer ${tokens.access_token}`))).toEqual({
      status: 401,
      code: 3,
      message:
        "Your token does not have sufficient permissions to perform this operation. Please ensure your token is authorized with the correct set of scopes.",
    });
  });

  it("ignores the ad_account_id query parameter", async () => {
    const tokens = await tokensFor(mock);
    const response = await fetch(`${mock.baseUrl}/user_account?ad_account_id=123`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(response.status).toBe(200);
  });
});
