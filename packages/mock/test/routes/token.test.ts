import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CODE_TTL_MS, type MockPinterest, REFRESH_TOKEN_TTL_SECONDS } from "../../src/index.js";
import { basic, codeFor, errorOf, FORM, type manualClock, postForm, startWithClock, tokensFor } from "../helpers.js";

let mock: MockPinterest;
let clock: ReturnType<typeof manualClock>;
beforeEach(async () => {
  ({ mock, clock } = await startWithClock());
});
afterEach(async () => {
  await mock.close();
});

const TOKEN = "/v5/oauth/token";
const INVALID_BODY = { status: 400, code: 1, message: "Invalid request body" };
const INVALID_GRANT = { status: 400, code: 283, message: "The authorization grant is invalid" };
const AUTH_FAILED = { status: 401, code: 2, message: "Authentication failed." };

describe("client authentication (HTTP Basic only)", () => {
  const cases: [string, Record<string, string>][] = [
    ["no Authorization header", { authorization: "" }],
    ["a wrong secret", { authorization: basic("1500000", "wrong") }],
    ["an unknown client", { authorization: basic("42", "mock-client-secret") }],
    ["a Bearer header", { authorization: "Bearer mock-client-secret" }],
    ["garbage", { authorization: "Basic %%%" }],
  ];
  it.each(cases)("%s gets 401 code 2", async (_name, headers) => {
    const response = await postForm(mock, TOKEN, { grant_type: "client_credentials", scope: "pins:read" }, headers);
    expect(await errorOf(response)).toEqual(AUTH_FAILED);
    expect(response.headers.get("www-authenticate")).toBe('Basic realm="Pinterest"');
  });

  it("credentials in the body instead are not client authentication", async () => {
    const response = await postForm(
      mock,
      TOKEN,
      { grant_type: "client_credentials", scope: "pins:read", client_id: "1500000", client_secret: "mock-client-secret" },
      { authorization: "" },
    );
    expect(await errorOf(response)).toEqual(AUTH_FAILED);
  });

  it("ids and secrets with reserved characters authenticate when form-encoded first (RFC 6749 §2.3.1)", async () => {
    await mock.close();
    const client = { clientId: "id:é 1", clientSecret: "p+s/s%w:rd é", redirectUris: ["http://127.0.0.1/cb"] };
    ({ mock, clock } = await startWithClock({ clients: [client] }));
    const ok = await postForm(mock, TOKEN, { grant_type: "client_credentials", scope: "pins:read" });
    expect(ok.status).toBe(200);
    const raw = `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString("base64")}`;
    const unencoded = await postForm(
      mock,
      TOKEN,
      { grant_type: "client_credentials", scope: "pins:read" },
      { authorization: raw },
    );
    expect(unencoded.status).toBe(401);
  });
});

describe("request format", () => {
  const UNSUPPORTED = { status: 415, code: 415, message: "Unsupported media type: send application/x-www-form-urlencoded" };
  const cases: [string, { body: string; contentType: string | null; want: { status: number; code: number; message: string } }][] =
    [
      [
        "JSON is 415",
        { body: '{"grant_type":"client_credentials","scope":"pins:read"}', contentType: "application/json", want: UNSUPPORTED },
      ],
      ["no content type is 415", { body: "grant_type=client_credentials&scope=pins:read", contentType: null, want: UNSUPPORTED }],
      [
        "a malformed percent escape is 400 code 1",
        { body: "grant_type=client_credentials&scope=%E0%A4", contentType: FORM, want: INVALID_BODY },
      ],
      [
        "a repeated field is 400 code 1",
        { body: "grant_type=client_credentials&scope=pins:read&scope=pins:read", contentType: FORM, want: INVALID_BODY },
      ],
      ["an empty body is 400 code 1", { body: "", contentType: FORM, want: INVALID_BODY }],
      [
        "an unknown grant_type is 400 code 1",
        { body: "grant_type=password&username=u&password=p", contentType: FORM, want: INVALID_BODY },
      ],
      [
        "an unknown field is 400 code 1",
        { body: "grant_type=client_credentials&scope=pins:read&foo=bar", contentType: FORM, want: INVALID_BODY },
      ],
      [
        "a field of another grant is 400 code 1",
        { body: "grant_type=client_credentials&scope=pins:read&code=x", contentType: FORM, want: INVALID_BODY },
      ],
      [
        "authorization_code without code is 400 code 1",
        {
          body: "grant_type=authorization_code&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcallback",
          contentType: FORM,
          want: INVALID_BODY,
        },
      ],
      [
        "refresh_token without the token is 400 code 1",
        { body: "grant_type=refresh_token", contentType: FORM, want: INVALID_BODY },
      ],
      [
        "client_credentials without scope is 400 code 1",
        { body: "grant_type=client_credentials", contentType: FORM, want: INVALID_BODY },
      ],
    ];
  it.each(cases)("%s", async (_name, { body, contentType, want }) => {
    const headers: Record<string, string> = { authorization: basic("1500000", "mock-client-secret") };
    if (contentType !== null) headers["content-type"] = contentType;
    // A Blob without a type makes fetch send no Content-Type at all.
    const response = await fetch(`${mock.baseUrl}/oauth/token`, { method: "POST", headers, body: new Blob([body]) });
    expect(await errorOf(response)).toEqual(want);
  });

  it("authentication is checked before the body format", async () => {
    const response = await postForm(mock, TOKEN, "not a form at all %", { authorization: "", "content-type": "text/plain" });
    expect((await errorOf(response)).status).toBe(401);
  });
});

describe("grant_type=authorization_code", () => {
  it("answers tokens with every field of the 5.23 schema", async () => {
    const { code, redirectUri } = codeFor(mock, ["user_accounts:read", "boards:read"]);
    const response = await postForm(mock, TOKEN, { grant_type: "authorization_code", code, redirect_uri: redirectUri });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      access_token: expect.stringMatching(/^pina_[A-Za-z0-9_-]{43}$/),
      refresh_token: expect.stringMatching(/^pinr_[A-Za-z0-9_-]{43}$/),
      token_type: "bearer",
      expires_in: 2592000,
      refresh_token_expires_in: REFRESH_TOKEN_TTL_SECONDS,
      refresh_token_expires_at: Math.floor(clock.now() / 1000) + REFRESH_TOKEN_TTL_SECONDS,
      scope: "user_accounts:read,boards:read",
      response_type: "authorization_code",
    });
    expect(Number.isInteger(body.expires_in)).toBe(true);
  });

  const continuous: [string, { given: string | undefined; want: number }][] = [
    ['continuous_refresh "true"', { given: "true", want: 200 }],
    ['continuous_refresh "false"', { given: "false", want: 200 }],
    ["no continuous_refresh", { given: undefined, want: 200 }],
    ['continuous_refresh "yes" is 400', { given: "yes", want: 400 }],
    ['continuous_refresh "1" is 400', { given: "1", want: 400 }],
  ];
  it.each(continuous)("%s", async (_name, { given, want }) => {
    const { code, redirectUri } = codeFor(mock);
    const fields: Record<string, string> = { grant_type: "authorization_code", code, redirect_uri: redirectUri };
    if (given !== undefined) fields.continuous_refresh = given;
    expect((await postForm(mock, TOKEN, fields)).status).toBe(want);
  });

  it("a code works once; a second use fails and revokes the tokens it gave (RFC 6749 §4.1.2)", async () => {
    const { code, redirectUri } = codeFor(mock);
    const fields = { grant_type: "authorization_code", code, redirect_uri: redirectUri };
    const first = (await (await postForm(mock, TOKEN, fields)).json()) as { access_token: string; refresh_token: string };
    expect(await errorOf(await postForm(mock, TOKEN, fields))).toEqual(INVALID_GRANT);
    const account = await fetch(`${mock.baseUrl}/user_account`, { headers: { authorization: `Bearer ${first.access_token}` } });
    expect(account.status).toBe(401);
    const refresh = await postForm(mock, TOKEN, { grant_type: "refresh_token", refresh_token: first.refresh_token });
    expect(await errorOf(refresh)).toEqual(INVALID_GRANT);
  });

  it("a code is bound to its exact redirect URI", async () => {
    const { code } = codeFor(mock);
    const other = await postForm(mock, TOKEN, {
      grant_type: "authorization_code",
      code,
      redirect_uri: "http://127.0.0.1:9999/callback",
    });
    expect(await errorOf(other)).toEqual(INVALID_GRANT);
  });

  it("a code is bound to its client", async () => {
    await mock.close();
    const clients = [
      { clientId: "a", clientSecret: "sa", redirectUris: ["http://127.0.0.1/cb"] },
      { clientId: "b", clientSecret: "sb", redirectUris: ["http://127.0.0.1/cb"] },
    ];
    ({ mock, clock } = await startWithClock({ clients }));
    const code = mock.issueCode({ clientId: "a", redirectUri: "http://127.0.0.1/cb", scopes: ["pins:read"] });
    const fields = { grant_type: "authorization_code", code, redirect_uri: "http://127.0.0.1/cb" };
    expect(await errorOf(await postForm(mock, TOKEN, fields, { authorization: basic("b", "sb") }))).toEqual(INVALID_GRANT);
    expect((await postForm(mock, TOKEN, fields, { authorization: basic("a", "sa") })).status).toBe(200);
  });

  const expiry: [string, { after: number; want: number }][] = [
    ["a code 1 ms before 10 minutes works", { after: CODE_TTL_MS - 1, want: 200 }],
    ["a code at 10 minutes has expired", { after: CODE_TTL_MS, want: 400 }],
  ];
  it.each(expiry)("%s", async (_name, { after, want }) => {
    const { code, redirectUri } = codeFor(mock);
    clock.advance(after);
    expect((await postForm(mock, TOKEN, { grant_type: "authorization_code", code, redirect_uri: redirectUri })).status).toBe(
      want,
    );
  });

  it("an unknown code is 400 code 283", async () => {
    const response = await postForm(mock, TOKEN, {
      grant_type: "authorization_code",
      code: "made-up",
      redirect_uri: "http://127.0.0.1/callback",
    });
    expect(await errorOf(response)).toEqual(INVALID_GRANT);
  });
});

describe("grant_type=refresh_token (continuous refresh)", () => {
  it("answers a new access token and a rotated refresh token with the three refresh fields", async () => {
    const first = await tokensFor(mock);
    clock.advance(1000 * 60 * 60);
    const response = await postForm(mock, TOKEN, { grant_type: "refresh_token", refresh_token: String(first.refresh_token) });
    const body = (await response.json()) as Record<string, unknown>;
    expect(response.status).toBe(200);
    expect(body).toEqual({
      access_token: expect.stringMatching(/^pina_/),
      refresh_token: expect.stringMatching(/^pinr_/),
      token_type: "bearer",
      expires_in: 2592000,
      refresh_token_expires_in: REFRESH_TOKEN_TTL_SECONDS,
      refresh_token_expires_at: Math.floor(clock.now() / 1000) + REFRESH_TOKEN_TTL_SECONDS,
      scope: "user_accounts:read,pins:read",
      response_type: "refresh_token",
    });
    expect(body.access_token).not.toBe(first.access_token);
    expect(body.refresh_token).not.toBe(first.refresh_token);
  });

  it("the old refresh token stops working; the new one works; old access tokens stay valid", async () => {
    const first = await tokensFor(mock);
    const refresh = (token: unknown) => postForm(mock, TOKEN, { grant_type: "refresh_token", refresh_token: String(token) });
    const second = (await (await refresh(first.refresh_token)).json()) as Record<string, unknown>;
    expect(await errorOf(await refresh(first.refresh_token))).toEqual(INVALID_GRANT);
    expect((await refresh(second.refresh_token)).status).toBe(200);
    const account = await fetch(`${mock.baseUrl}/user_account`, { headers: { authorization: `Bearer ${first.access_token}` } });
    expect(account.status).toBe(200);
  });

  it("grantOf / grantHistory count the refreshes of one authorization and name the refresh token issued last", async () => {
    const first = await tokensFor(mock);
    const refresh = (token: unknown) => postForm(mock, TOKEN, { grant_type: "refresh_token", refresh_token: String(token) });
    const grant = mock.grantOf(String(first.refresh_token));
    expect(grant).toMatchObject({ refreshes: 0, lastRefreshToken: first.refresh_token });
    const second = (await (await refresh(first.refresh_token)).json()) as Record<string, unknown>;
    await refresh(first.refresh_token); // refused: it was rotated; not a refresh
    const third = (await (await refresh(second.refresh_token)).json()) as Record<string, unknown>;
    expect(mock.grantHistory(grant?.grantId as string)).toEqual({
      grantId: grant?.grantId,
      refreshes: 2,
      lastRefreshToken: third.refresh_token,
    });
    expect(mock.grantOf(String(first.refresh_token))).toBeUndefined();
    expect(mock.grantOf(String(third.access_token))).toMatchObject({ refreshes: 2 });
  });

  it("refreshing every 59 days keeps the grant alive indefinitely; 60 idle days end it", async () => {
    let tokens = await tokensFor(mock);
    for (let i = 0; i < 10; i++) {
      clock.advance(59 * 24 * 3600 * 1000);
      const response = await postForm(mock, TOKEN, { grant_type: "refresh_token", refresh_token: String(tokens.refresh_token) });
      expect(response.status).toBe(200);
      tokens = (await response.json()) as Record<string, unknown>;
    }
    clock.advance(REFRESH_TOKEN_TTL_SECONDS * 1000);
    const late = await postForm(mock, TOKEN, { grant_type: "refresh_token", refresh_token: String(tokens.refresh_token) });
    expect(await errorOf(late)).toEqual(INVALID_GRANT);
  });

  it("scope may narrow the new access token, not widen it", async () => {
    const first = await tokensFor(mock, ["user_accounts:read", "pins:read"]);
    const narrowed = await postForm(mock, TOKEN, {
      grant_type: "refresh_token",
      refresh_token: String(first.refresh_token),
      scope: "pins:read",
    });
    const body = (await narrowed.json()) as Record<string, unknown>;
    expect(body.scope).toBe("pins:read");
    const account = await fetch(`${mock.baseUrl}/user_account`, { headers: { authorization: `Bearer ${body.access_token}` } });
    expect(account.status).toBe(401); // code 3: the narrowed token lacks user_accounts:read
    const wider = await postForm(mock, TOKEN, {
      grant_type: "refresh_token",
      refresh_token: String(body.refresh_token),
      scope: "boards:write",
    });
    expect(await errorOf(wider)).toEqual({ status: 400, code: 1, message: "Invalid scope" });
  });

  it("an access token is not a refresh token", async () => {
    const first = await tokensFor(mock);
    const response = await postForm(mock, TOKEN, { grant_type: "refresh_token", refresh_token: String(first.access_token) });
    expect(await errorOf(response)).toEqual(INVALID_GRANT);
  });

  it("another client's refresh token is 400 code 283", async () => {
    await mock.close();
    const clients = [
      { clientId: "a", clientSecret: "sa", redirectUris: ["http://127.0.0.1/cb"] },
      { clientId: "b", clientSecret: "sb", redirectUris: ["http://127.0.0.1/cb"] },
    ];
    ({ mock, clock } = await startWithClock({ clients }));
    const code = mock.issueCode({ clientId: "a", scopes: ["pins:read"] });
    const tokens = (await (
      await postForm(mock, TOKEN, { grant_type: "authorization_code", code, redirect_uri: "http://127.0.0.1/cb" })
    ).json()) as Record<string, string>;
    const response = await postForm(
      mock,
      TOKEN,
      { grant_type: "refresh_token", refresh_token: String(tokens.refresh_token) },
      { authorization: basic("b", "sb") },
    );
    expect(await errorOf(response)).toEqual(INVALID_GRANT);
  });
});

describe("grant_type=client_credentials", () => {
  it("answers an access token without a refresh token", async () => {
    const response = await postForm(mock, TOKEN, { grant_type: "client_credentials", scope: "user_accounts:read pins:read" });
    expect(await response.json()).toEqual({
      access_token: expect.stringMatching(/^pina_/),
      token_type: "bearer",
      expires_in: 2592000,
      scope: "user_accounts:read,pins:read",
      response_type: "client_credentials",
    });
  });

  it("rejects unknown scopes with 400 code 1", async () => {
    const response = await postForm(mock, TOKEN, { grant_type: "client_credentials", scope: "pins:read,admin" });
    expect(await errorOf(response)).toEqual({ status: 400, code: 1, message: "Invalid scope" });
  });

  it("uses accessTokenTtlSeconds", async () => {
    await mock.close();
    ({ mock, clock } = await startWithClock({ accessTokenTtlSeconds: 60 }));
    const response = await postForm(mock, TOKEN, { grant_type: "client_credentials", scope: "pins:read" });
    expect(((await response.json()) as { expires_in: number }).expires_in).toBe(60);
  });
});
