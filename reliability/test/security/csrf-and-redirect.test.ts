import { startMockPinterest } from "@pinterest-kit/mock";
import { createPinterestOAuth, createState, PinterestOAuthError } from "@pinterest-kit/oauth";
import { describe, expect, test } from "vitest";
import { settle } from "../support/settle.js";

describe("state against CSRF (RFC 6749 §10.12)", () => {
  test("createState gives 32 random bytes as 43 base64url characters, never the same twice in 10,000", () => {
    const states = Array.from({ length: 10_000 }, createState);
    expect(states.every((state) => /^[A-Za-z0-9_-]{43}$/.test(state))).toBe(true);
    expect(new Set(states).size).toBe(states.length);
  });

  const oauth = createPinterestOAuth({ clientId: "1500000", clientSecret: "unused", redirectUri: "http://127.0.0.1/callback" });
  test.each([
    ["no state", { query: "code=c0de", want: "state_mismatch" }],
    ["an empty state", { query: "code=c0de&state=", want: "state_mismatch" }],
    ["another state", { query: "code=c0de&state=attacker", want: "state_mismatch" }],
    ["a state differing in case", { query: "code=c0de&state=EXPECTED", want: "state_mismatch" }],
    ["an error with another state (checked first)", { query: "error=access_denied&state=attacker", want: "state_mismatch" }],
    ["the expected state", { query: "code=c0de&state=expected", want: "c0de" }],
  ])("a callback with %s", (_name, { query, want }) => {
    let outcome: string;
    try {
      outcome = oauth.parseCallback(`http://127.0.0.1/callback?${query}`, { expectedState: "expected" }).code;
    } catch (error) {
      outcome = error instanceof PinterestOAuthError ? error.kind : String(error);
    }
    expect(outcome).toBe(want);
  });
});

describe("exact redirect URI matching (RFC 6749 §4.1.3)", () => {
  const REGISTERED = "https://app.example/callback";

  test.each([
    ["a trailing slash", `${REGISTERED}/`],
    ["another case in the host", "https://APP.example/callback"],
    ["a percent-encoded path", "https://app.example/%63allback"],
    ["an added query", `${REGISTERED}?from=mail`],
    ["http instead of https", "http://app.example/callback"],
  ])("a code is not exchanged for a redirect URI with %s; the exact one works after", async (_name, near) => {
    const mock = await startMockPinterest({
      clients: [{ clientId: "app-1", clientSecret: "s3cret!", redirectUris: [REGISTERED] }],
    });
    try {
      const oauth = (redirectUri: string) =>
        createPinterestOAuth({ clientId: "app-1", clientSecret: "s3cret!", redirectUri, baseUrl: mock.baseUrl });
      const code = mock.issueCode({ redirectUri: REGISTERED, scopes: ["user_accounts:read"] });
      // http: on a non-loopback host is refused before any request; the others reach the mock.
      const near_ = await settle(Promise.resolve().then(() => oauth(near).exchangeCode(code)));
      const reason = (near_ as PromiseRejectedResult).reason;
      if (near.startsWith("http:")) expect(reason).toBeInstanceOf(TypeError);
      else expect(reason).toMatchObject({ kind: "invalid_grant" });
      await expect(oauth(REGISTERED).exchangeCode(code)).resolves.toMatchObject({ scopes: ["user_accounts:read"] });
    } finally {
      await mock.close();
    }
  });

  test("the authorization URL carries the redirect URI exactly as given", () => {
    const redirectUri = "https://app.example/cb/%7Euser?next=/a%2Fb&x=é";
    const url = createPinterestOAuth({ clientId: "1", clientSecret: "unused", redirectUri }).authorizationUrl({
      scopes: ["pins:read"],
      state: createState(),
    });
    expect(new URL(url).searchParams.get("redirect_uri")).toBe(redirectUri);
  });
});
