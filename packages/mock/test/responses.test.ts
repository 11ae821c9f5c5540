import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockPinterest } from "../src/index.js";
import { type ComponentName, pinterestValidators } from "../src/schema/validators.js";
import { postForm, startWithClock, tokensFor } from "./helpers.js";

let mock: MockPinterest;
beforeAll(async () => {
  ({ mock } = await startWithClock());
});
afterAll(async () => {
  await mock.close();
});

const validators = pinterestValidators();

/** Every success body the mock can send, with the operation schema and the specific child it must satisfy. */
const successes: [string, { send: () => Promise<Response>; schemas: ComponentName[] }][] = [
  [
    "authorization_code",
    {
      send: async () => {
        const code = mock.issueCode({ scopes: ["user_accounts:read"] });
        return postForm(mock, "/v5/oauth/token", {
          grant_type: "authorization_code",
          code,
          redirect_uri: "http://127.0.0.1/callback",
          continuous_refresh: "true",
        });
      },
      schemas: ["OauthAccessTokenResponse", "OauthAccessTokenResponseCode"],
    },
  ],
  [
    "refresh_token",
    {
      send: async () =>
        postForm(mock, "/v5/oauth/token", {
          grant_type: "refresh_token",
          refresh_token: String((await tokensFor(mock)).refresh_token),
        }),
      schemas: ["OauthAccessTokenResponse", "OauthAccessTokenResponseRefresh"],
    },
  ],
  [
    "refresh_token with a narrowed scope",
    {
      send: async () =>
        postForm(mock, "/v5/oauth/token", {
          grant_type: "refresh_token",
          refresh_token: String((await tokensFor(mock)).refresh_token),
          scope: "pins:read",
        }),
      schemas: ["OauthAccessTokenResponse", "OauthAccessTokenResponseRefresh"],
    },
  ],
  [
    "client_credentials",
    {
      send: () => postForm(mock, "/v5/oauth/token", { grant_type: "client_credentials", scope: "user_accounts:read,pins:read" }),
      schemas: ["OauthAccessTokenResponse", "OauthAccessTokenResponseClientCredentials"],
    },
  ],
  [
    "user_account",
    {
      send: async () =>
        fetch(`${mock.baseUrl}/user_account`, { headers: { authorization: `Bearer ${(await tokensFor(mock)).access_token}` } }),
      schemas: ["Account"],
    },
  ],
];

describe("every success body validates against the pinned response schema (closed: no undeclared field)", () => {
  it.each(successes)("%s", async (_name, { send, schemas }) => {
    const response = await send();
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    for (const schema of schemas)
      expect([schema, validators.component(schema, { closed: true })(body)]).toEqual([schema, { valid: true }]);
  });
});

describe("every error body validates against Error", () => {
  const errors: [string, () => Promise<Response>][] = [
    ["401", () => fetch(`${mock.baseUrl}/user_account`)],
    [
      "403",
      async () =>
        fetch(`${mock.baseUrl}/user_account`, {
          headers: { authorization: `Bearer ${(await tokensFor(mock, ["pins:read"])).access_token}` },
        }),
    ],
    ["400 code 1", () => postForm(mock, "/v5/oauth/token", { grant_type: "nope" })],
    ["400 code 283", () => postForm(mock, "/v5/oauth/token", { grant_type: "refresh_token", refresh_token: "x" })],
    ["404", () => fetch(`${mock.origin}/v5/pins`)],
    ["405", () => fetch(`${mock.baseUrl}/oauth/token`)],
    ["415", () => postForm(mock, "/v5/oauth/token", "{}", { "content-type": "application/json" })],
    ["413", () => postForm(mock, "/v5/oauth/token", "x".repeat(70_000))],
  ];
  it.each(errors)("%s", async (_name, send) => {
    const response = await send();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(validators.component("Error", { closed: true })(await response.json())).toEqual({ valid: true });
  });
});
