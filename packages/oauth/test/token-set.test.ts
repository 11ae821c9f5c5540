import { describe, expect, test } from "vitest";
import { TokenSet, type TokenSetJSON } from "../src/index.js";
import { ACCESS_TOKEN, NOW, REFRESH_TOKEN } from "./fixtures.js";

const full: TokenSetJSON = {
  accessToken: ACCESS_TOKEN,
  tokenType: "bearer",
  scopes: ["boards:read", "pins:read"],
  expiresIn: 2592000,
  receivedAt: NOW,
  expiresAt: NOW + 2592000 * 1000,
  refreshToken: REFRESH_TOKEN,
  refreshTokenExpiresAt: NOW + 5184000 * 1000,
  responseType: "refresh_token",
};
const { refreshToken: _r, refreshTokenExpiresAt: _e, responseType: _t, ...minimal } = full;

describe("TokenSet.fromJSON(toJSON(t)) round-trips exactly", () => {
  test.each([
    ["every field", full],
    ["no optional field", minimal],
  ] as const)("%s", (_name, json) => {
    const tokens = new TokenSet(json);
    const stored = JSON.parse(JSON.stringify(tokens));
    const restored = TokenSet.fromJSON(stored);
    expect(restored).toStrictEqual(tokens);
    expect(restored.toJSON()).toStrictEqual(json);
    expect(Object.keys(restored)).toEqual(Object.keys(tokens));
  });
});

describe("TokenSet.fromJSON rejects what toJSON never writes", () => {
  const cases: [string, { given: unknown; want: RegExp }][] = [
    ["null", { given: null, want: /needs the object/ }],
    ["a string", { given: JSON.stringify(full), want: /needs the object/ }],
    ["no access token", { given: { ...full, accessToken: "" }, want: /accessToken must be a non-empty string/ }],
    ["scopes as a string", { given: { ...full, scopes: "pins:read" }, want: /scopes must be an array of strings/ }],
    ["expiresAt as a date string", { given: { ...full, expiresAt: "2025-01-01" }, want: /expiresAt must be a finite number/ }],
    ["an empty refresh token", { given: { ...full, refreshToken: "" }, want: /refreshToken must be a non-empty string/ }],
    ["an unknown response type", { given: { ...full, responseType: "password" }, want: /responseType must be one of/ }],
  ];
  test.each(cases)("%s", (_name, { given, want }) => {
    expect(() => TokenSet.fromJSON(given)).toThrow(TypeError);
    expect(() => TokenSet.fromJSON(given)).toThrow(want);
  });

  test("messages never quote a token", () => {
    let message = "";
    try {
      TokenSet.fromJSON({ ...full, refreshToken: 5, accessToken: ACCESS_TOKEN });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/refreshToken/);
    expect(message).not.toContain(ACCESS_TOKEN);
  });
});

describe("isExpired", () => {
  const tokens = new TokenSet(full);
  const cases: [string, { now: number; skewMs?: number; want: boolean }][] = [
    ["well before expiry", { now: NOW, want: false }],
    ["one ms before expiry", { now: full.expiresAt - 1, want: false }],
    ["at expiry", { now: full.expiresAt, want: true }],
    ["within the skew", { now: full.expiresAt - 60_000, skewMs: 60_000, want: true }],
    ["just outside the skew", { now: full.expiresAt - 60_001, skewMs: 60_000, want: false }],
  ];
  test.each(cases)("%s", (_name, { now, skewMs, want }) => {
    expect(tokens.isExpired({ now, skewMs })).toBe(want);
  });
});
