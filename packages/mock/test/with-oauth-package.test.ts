import { createPinterestClient } from "@pinterest-kit/client";
import { createPinterestOAuth, type PinterestOAuth, PinterestOAuthError } from "@pinterest-kit/oauth";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_MOCK_CLIENT, MOCK_ACCOUNT, type MockPinterest, REFRESH_TOKEN_TTL_SECONDS } from "../src/index.js";
import { FORM, type manualClock, startWithClock } from "./helpers.js";

const REDIRECT = "http://127.0.0.1:8085/callback";
let mock: MockPinterest;
let clock: ReturnType<typeof manualClock>;
let oauth: PinterestOAuth;

async function start(options: { autoApprove?: boolean } = {}): Promise<void> {
  ({ mock, clock } = await startWithClock(options));
  oauth = createPinterestOAuth({
    clientId: DEFAULT_MOCK_CLIENT.clientId,
    clientSecret: DEFAULT_MOCK_CLIENT.clientSecret,
    redirectUri: REDIRECT,
    baseUrl: mock.baseUrl,
    authorizeUrl: mock.authorizeUrl,
    clock: clock.now,
    retry: { retries: 0 },
  });
}
afterEach(async () => {
  await mock.close();
});

/** What a browser does on the consent page: read the form, press a button, return the Location it is sent to. */
async function pressOnConsentPage(authorizationUrl: string, decision: "approve" | "deny"): Promise<string> {
  const page = await (await fetch(authorizationUrl)).text();
  const fields = Object.fromEntries(
    [...page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((match) => [
      match[1] as string,
      (match[2] as string)
        .replaceAll("&quot;", '"')
        .replaceAll("&#39;", "'")
        .replaceAll("&lt;", "<")
        .replaceAll("&gt;", ">")
        .replaceAll("&amp;", "&"),
    ]),
  );
  const answer = await fetch(new URL("/oauth/", mock.origin), {
    method: "POST",
    headers: { "content-type": FORM },
    body: new URLSearchParams({ ...fields, decision }),
    redirect: "manual",
  });
  expect(answer.status).toBe(303);
  return answer.headers.get("location") ?? "";
}

describe("the whole flow with @pinterest-kit/oauth and @pinterest-kit/client", () => {
  beforeEach(async () => {
    await start();
  });

  it("authorize → approve → exchangeCode → user_account → refreshToken → clientCredentials → revokeToken", async () => {
    const state = "state-1234567890";
    const url = oauth.authorizationUrl({ scopes: ["user_accounts:read", "pins:read"], state });
    expect(url.startsWith(mock.authorizeUrl)).toBe(true);

    const location = await pressOnConsentPage(url, "approve");
    const { code } = oauth.parseCallback(location, { expectedState: state });

    const tokens = await oauth.exchangeCode(code, { continuousRefresh: true });
    expect(tokens).toMatchObject({
      tokenType: "bearer",
      scopes: ["user_accounts:read", "pins:read"],
      expiresIn: 2592000,
      expiresAt: clock.now() + 2592000 * 1000,
      refreshTokenExpiresAt: clock.now() + REFRESH_TOKEN_TTL_SECONDS * 1000,
      responseType: "authorization_code",
    });

    const client = createPinterestClient({ baseUrl: mock.baseUrl, headers: { Authorization: `Bearer ${tokens.accessToken}` } });
    const account = await client.GET("/user_account");
    expect([account.response.status, account.data]).toEqual([200, MOCK_ACCOUNT]);

    const refreshed = await oauth.refreshToken(tokens.refreshToken as string);
    expect(refreshed.responseType).toBe("refresh_token");
    expect(refreshed.refreshToken).not.toBe(tokens.refreshToken);

    const app = await oauth.clientCredentials({ scopes: ["user_accounts:read"] });
    expect([app.responseType, app.refreshToken]).toEqual(["client_credentials", undefined]);

    await oauth.revokeToken(refreshed.accessToken, { tokenTypeHint: "access_token" });
    const revoked = await createPinterestClient({
      baseUrl: mock.baseUrl,
      headers: { Authorization: `Bearer ${refreshed.accessToken}` },
    }).GET("/user_account");
    expect([revoked.response.status, revoked.error]).toEqual([401, { code: 2, message: "Authentication failed." }]);

    expect(mock.requests.map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual([
      "GET /oauth/ 200",
      "POST /oauth/ 303",
      "POST /v5/oauth/token 200",
      "GET /v5/user_account 200",
      "POST /v5/oauth/token 200",
      "POST /v5/oauth/token 200",
      "POST /v5/oauth/token/revoke 200",
      "GET /v5/user_account 401",
    ]);
  });

  it("Deny ends in access_denied from parseCallback", async () => {
    const location = await pressOnConsentPage(oauth.authorizationUrl({ scopes: ["pins:read"], state: "s-deny" }), "deny");
    expect(() => oauth.parseCallback(location, { expectedState: "s-deny" })).toThrow(
      expect.objectContaining({ kind: "access_denied" }),
    );
  });

  it("a reused code is invalid_grant, requiring re-authorization", async () => {
    const code = mock.issueCode({ redirectUri: REDIRECT, scopes: ["pins:read"] });
    await oauth.exchangeCode(code);
    const second = oauth.exchangeCode(code);
    await expect(second).rejects.toBeInstanceOf(PinterestOAuthError);
    await expect(second).rejects.toMatchObject({ kind: "invalid_grant", status: 400, pinterestCode: 283, requiresReauth: true });
  });

  it("an expired refresh token (61 idle days by the clock) is invalid_grant", async () => {
    const tokens = await oauth.exchangeCode(mock.issueCode({ redirectUri: REDIRECT, scopes: ["pins:read"] }));
    clock.advance(61 * 24 * 3600 * 1000);
    await expect(oauth.refreshToken(tokens.refreshToken as string)).rejects.toMatchObject({
      kind: "invalid_grant",
      pinterestCode: 283,
    });
  });

  it("a wrong client secret is invalid_client (401 code 2)", async () => {
    const wrong = createPinterestOAuth({
      clientId: DEFAULT_MOCK_CLIENT.clientId,
      clientSecret: "nope",
      baseUrl: mock.baseUrl,
      retry: { retries: 0 },
    });
    await expect(wrong.clientCredentials({ scopes: ["pins:read"] })).rejects.toMatchObject({
      kind: "invalid_client",
      status: 401,
      pinterestCode: 2,
    });
  });

  it("a 500 fault fails exchangeCode without spending the code; the next attempt succeeds", async () => {
    const code = mock.issueCode({ redirectUri: REDIRECT, scopes: ["pins:read"] });
    mock.fail({ type: "status", status: 500 }, { path: "/v5/oauth/token" });
    await expect(oauth.exchangeCode(code)).rejects.toMatchObject({ kind: "server_error", status: 500 });
    expect(mock.requestCount).toBe(1);
    await expect(oauth.exchangeCode(code)).resolves.toMatchObject({ responseType: "authorization_code" });
  });
});

describe("autoApprove", () => {
  it("the authorization URL redirects straight to the callback with a code", async () => {
    await start({ autoApprove: true });
    const response = await fetch(oauth.authorizationUrl({ scopes: ["user_accounts:read"], state: "s-auto" }), {
      redirect: "manual",
    });
    const { code } = oauth.parseCallback(response.headers.get("location") ?? "", { expectedState: "s-auto" });
    await expect(oauth.exchangeCode(code)).resolves.toMatchObject({ scopes: ["user_accounts:read"] });
  });
});
