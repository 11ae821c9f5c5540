import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MockPinterest } from "../../src/index.js";
import { basic, errorOf, postForm, startWithClock, tokensFor } from "../helpers.js";

let mock: MockPinterest;
beforeEach(async () => {
  ({ mock } = await startWithClock());
});
afterEach(async () => {
  await mock.close();
});

const REVOKE = "/v5/oauth/token/revoke";
const accountWith = (token: unknown) => fetch(`${mock.baseUrl}/user_account`, { headers: { authorization: `Bearer ${token}` } });
const refreshWith = (token: unknown) =>
  postForm(mock, "/v5/oauth/token", { grant_type: "refresh_token", refresh_token: String(token) });

describe("POST /v5/oauth/token/revoke", () => {
  it("revokes an access token: 200, no content, and the token stops working", async () => {
    const tokens = await tokensFor(mock);
    const response = await postForm(mock, REVOKE, { token: String(tokens.access_token), token_type_hint: "access_token" });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    expect((await accountWith(tokens.access_token)).status).toBe(401);
    expect((await refreshWith(tokens.refresh_token)).status).toBe(200);
  });

  it("revoking a refresh token also revokes the access tokens of its grant (RFC 7009 §2.1)", async () => {
    const tokens = await tokensFor(mock);
    expect((await postForm(mock, REVOKE, { token: String(tokens.refresh_token) })).status).toBe(200);
    expect((await refreshWith(tokens.refresh_token)).status).toBe(400);
    expect((await accountWith(tokens.access_token)).status).toBe(401);
  });

  it("an unknown token is 200 (RFC 7009 §2.2)", async () => {
    expect((await postForm(mock, REVOKE, { token: "pina_unknown" })).status).toBe(200);
  });

  it("another client's token is 403 code 29 and stays valid", async () => {
    await mock.close();
    const clients = [
      { clientId: "a", clientSecret: "sa", redirectUris: ["http://127.0.0.1/cb"] },
      { clientId: "b", clientSecret: "sb", redirectUris: ["http://127.0.0.1/cb"] },
    ];
    ({ mock } = await startWithClock({ clients }));
    const code = mock.issueCode({ clientId: "a", scopes: ["user_accounts:read"] });
    const tokens = (await (
      await postForm(
        mock,
        "/v5/oauth/token",
        { grant_type: "authorization_code", code, redirect_uri: "http://127.0.0.1/cb" },
        { authorization: basic("a", "sa") },
      )
    ).json()) as Record<string, string>;
    const response = await postForm(mock, REVOKE, { token: String(tokens.access_token) }, { authorization: basic("b", "sb") });
    expect(await errorOf(response)).toEqual({ status: 403, code: 29, message: "You are not permitted to access that resource." });
    expect((await accountWith(tokens.access_token)).status).toBe(200);
  });

  const rejects: [string, { body: Record<string, string>; headers?: Record<string, string>; want: number }][] = [
    ["without client authentication", { body: { token: "t" }, headers: { authorization: "" }, want: 401 }],
    ["as JSON", { body: { token: "t" }, headers: { "content-type": "application/json" }, want: 415 }],
    ["without token", { body: { token_type_hint: "access_token" }, want: 400 }],
    ["with an unknown hint", { body: { token: "t", token_type_hint: "id_token" }, want: 400 }],
    ["with an extra field", { body: { token: "t", client_id: "1500000" }, want: 400 }],
  ];
  it.each(rejects)("rejects a request %s", async (_name, { body, headers, want }) => {
    expect((await postForm(mock, REVOKE, body, headers)).status).toBe(want);
  });
});
