import { describe, expect, it } from "vitest";
import { pinterestValidators } from "../../src/schema/validators.js";

const validators = pinterestValidators();

describe("tokenRequest (OauthAccessTokenRequest, closed)", () => {
  const code = { grant_type: "authorization_code", code: "c", redirect_uri: "http://127.0.0.1/callback" };
  const cases: [string, { given: Record<string, unknown>; want: boolean }][] = [
    ["authorization_code", { given: code, want: true }],
    ["authorization_code with continuous_refresh", { given: { ...code, continuous_refresh: true }, want: true }],
    [
      "authorization_code with continuous_refresh still a string",
      { given: { ...code, continuous_refresh: "true" }, want: false },
    ],
    ["authorization_code without code", { given: { grant_type: "authorization_code", redirect_uri: "x" }, want: false }],
    ["authorization_code without redirect_uri", { given: { grant_type: "authorization_code", code: "c" }, want: false }],
    [
      "authorization_code carrying a refresh_token instead",
      { given: { grant_type: "authorization_code", refresh_token: "r" }, want: false },
    ],
    ["an unknown field (client_secret in the body)", { given: { ...code, client_secret: "s" }, want: false }],
    ["a field of another grant (scope on a code request)", { given: { ...code, scope: "pins:read" }, want: false }],
    ["refresh_token", { given: { grant_type: "refresh_token", refresh_token: "r" }, want: true }],
    ["refresh_token with scope", { given: { grant_type: "refresh_token", refresh_token: "r", scope: "pins:read" }, want: true }],
    [
      "refresh_token with continuous_refresh",
      { given: { grant_type: "refresh_token", refresh_token: "r", continuous_refresh: true }, want: false },
    ],
    ["refresh_token without the token", { given: { grant_type: "refresh_token" }, want: false }],
    ["client_credentials", { given: { grant_type: "client_credentials", scope: "pins:read" }, want: true }],
    ["client_credentials without scope", { given: { grant_type: "client_credentials" }, want: false }],
    ["an unknown grant_type", { given: { grant_type: "password", username: "u", password: "p" }, want: false }],
    ["no grant_type", { given: { code: "c", redirect_uri: "x" }, want: false }],
    ["a number where a string belongs", { given: { grant_type: "refresh_token", refresh_token: 5 }, want: false }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(validators.tokenRequest(given).valid).toBe(want);
  });

  it("names what is wrong", () => {
    const result = validators.tokenRequest({ ...code, extra: "x" });
    expect(result).toEqual({ valid: false, errors: ["(body) must NOT have unevaluated properties"] });
  });
});

describe("revokeRequest (TokenRevocationRequest, closed)", () => {
  const cases: [string, { given: Record<string, unknown>; want: boolean }][] = [
    ["token", { given: { token: "t" }, want: true }],
    ["token with a hint", { given: { token: "t", token_type_hint: "refresh_token" }, want: true }],
    ["an unknown hint", { given: { token: "t", token_type_hint: "id_token" }, want: false }],
    ["no token", { given: { token_type_hint: "access_token" }, want: false }],
    ["an extra field", { given: { token: "t", client_id: "1" }, want: false }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(validators.revokeRequest(given).valid).toBe(want);
  });
});

describe("component validators", () => {
  it("open validators accept undeclared properties, closed ones do not", () => {
    const body = { code: 1, message: "m", extra: true };
    expect(validators.component("Error")(body).valid).toBe(true);
    expect(validators.component("Error", { closed: true })(body).valid).toBe(false);
  });

  it("nullable integers of Account admit null", () => {
    expect(validators.component("Account", { closed: true })({ id: "1", board_count: null }).valid).toBe(true);
    expect(validators.component("Account", { closed: true })({ id: "1", board_count: "3" }).valid).toBe(false);
  });

  it("the refresh response needs the three refresh fields", () => {
    const base = { access_token: "a", token_type: "bearer", expires_in: 1, scope: "s", response_type: "refresh_token" };
    const refresh = validators.component("OauthAccessTokenResponseRefresh", { closed: true });
    expect(refresh(base).valid).toBe(false);
    expect(refresh({ ...base, refresh_token: "r", refresh_token_expires_in: 1, refresh_token_expires_at: 2 }).valid).toBe(true);
  });
});

describe("booleanFormFields", () => {
  it("is exactly continuous_refresh, the one non-string form field of the pinned spec", () => {
    expect([...validators.booleanFormFields]).toEqual(["continuous_refresh"]);
  });
});

it("validators are compiled once and shared", () => {
  expect(pinterestValidators()).toBe(validators);
});
