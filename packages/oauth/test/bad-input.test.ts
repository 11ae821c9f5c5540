import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createPinterestOAuth, type PinterestOAuth, type PinterestOAuthOptions } from "../src/index.js";
import { CLIENT_SECRET, oauthFor } from "./fixtures.js";
import { startTokenServer, type TokenServer } from "./token-server.js";

let server: TokenServer;
let oauth: PinterestOAuth;
beforeAll(async () => {
  server = await startTokenServer();
  oauth = oauthFor(server);
});
afterAll(() => server.close());

// biome-ignore lint/suspicious/noExplicitAny: bad input is the point of these cases
type Loose = any;
const options = (overrides: Loose): PinterestOAuthOptions => ({ clientId: "1484", clientSecret: CLIENT_SECRET, ...overrides });

describe("bad input fails with a TypeError naming the argument, before any request", () => {
  const cases: [string, { given: () => unknown; want: RegExp }][] = [
    ["no options", { given: () => createPinterestOAuth(undefined as Loose), want: /createPinterestOAuth\(options\)/ }],
    [
      "empty client id",
      {
        given: () => createPinterestOAuth(options({ clientId: "" })),
        want: /options\.clientId must be a non-empty string, got an empty string/,
      },
    ],
    [
      "numeric client id",
      {
        given: () => createPinterestOAuth(options({ clientId: 1484 })),
        want: /options\.clientId must be a non-empty string, got 1484/,
      },
    ],
    [
      "missing secret",
      { given: () => createPinterestOAuth(options({ clientSecret: undefined })), want: /options\.clientSecret .*got undefined/ },
    ],
    [
      "secret with a trailing newline",
      {
        given: () => createPinterestOAuth(options({ clientSecret: `${CLIENT_SECRET}\n` })),
        want: /options\.clientSecret contains whitespace/,
      },
    ],
    [
      "relative redirect URI",
      {
        given: () => createPinterestOAuth(options({ redirectUri: "/callback" })),
        want: /options\.redirectUri must be an absolute URL/,
      },
    ],
    [
      "http redirect URI on a public host",
      {
        given: () => createPinterestOAuth(options({ redirectUri: "http://app.example/cb" })),
        want: /options\.redirectUri uses http: on app\.example/,
      },
    ],
    [
      "redirect URI with a fragment",
      {
        given: () => createPinterestOAuth(options({ redirectUri: "https://app.example/cb#x" })),
        want: /options\.redirectUri must not contain a fragment/,
      },
    ],
    [
      "plain-http base URL on a public host",
      {
        given: () => createPinterestOAuth(options({ baseUrl: "http://api.example/v5" })),
        want: /options\.baseUrl must be an https: URL/,
      },
    ],
    [
      "negative timeout",
      {
        given: () => createPinterestOAuth(options({ timeoutMs: -1 })),
        want: /options\.timeoutMs must be a number of milliseconds/,
      },
    ],
    [
      "fractional retries",
      { given: () => createPinterestOAuth(options({ retry: { retries: 1.5 } })), want: /options\.retry\.retries/ },
    ],
    [
      "clock that is not a function",
      { given: () => createPinterestOAuth(options({ clock: 5 })), want: /options\.clock must be a function/ },
    ],
    [
      "fetch that is not a function",
      { given: () => createPinterestOAuth(options({ fetch: "fetch" })), want: /options\.fetch must be a fetch function/ },
    ],
    ["empty code", { given: () => oauth.exchangeCode(""), want: /exchangeCode\(code\) must be a non-empty string/ }],
    [
      "code that is not a string",
      { given: () => oauth.exchangeCode(42 as Loose), want: /exchangeCode\(code\) must be a non-empty string, got 42/ },
    ],
    [
      "code with whitespace inside",
      { given: () => oauth.exchangeCode("abc def"), want: /exchangeCode\(code\) contains whitespace/ },
    ],
    [
      "exchange with an http redirect URI",
      {
        given: () => oauth.exchangeCode("abc", { redirectUri: "http://evil.example/cb" }),
        want: /exchangeCode options\.redirectUri uses http:/,
      },
    ],
    [
      "exchange with a non-boolean continuousRefresh",
      {
        given: () => oauth.exchangeCode("abc", { continuousRefresh: "yes" as Loose }),
        want: /continuousRefresh must be a boolean/,
      },
    ],
    [
      "exchange with a signal that is not one",
      {
        given: () => oauth.exchangeCode("abc", { signal: {} as Loose }),
        want: /exchangeCode options\.signal must be an AbortSignal/,
      },
    ],
    [
      "empty refresh token",
      { given: () => oauth.refreshToken(""), want: /refreshToken\(refreshToken\) must be a non-empty string/ },
    ],
    [
      "missing refresh token",
      { given: () => oauth.refreshToken(undefined as Loose), want: /refreshToken\(refreshToken\) .*got undefined/ },
    ],
    [
      "refresh with an unknown scope",
      {
        given: () => oauth.refreshToken("r", { scopes: ["pins:fly"] as Loose }),
        want: /refreshToken options\.scopes contains "pins:fly", which is not a Pinterest scope/,
      },
    ],
    [
      "refresh with no scopes",
      { given: () => oauth.refreshToken("r", { scopes: [] }), want: /refreshToken options\.scopes must be a non-empty array/ },
    ],
    [
      "client credentials without options",
      {
        given: () => oauth.clientCredentials(undefined as Loose),
        want: /clientCredentials options\.scopes must be a non-empty array/,
      },
    ],
    [
      "client credentials with an empty scope list",
      {
        given: () => oauth.clientCredentials({ scopes: [] }),
        want: /clientCredentials options\.scopes must be a non-empty array/,
      },
    ],
    [
      "client credentials with a scope string",
      {
        given: () => oauth.clientCredentials({ scopes: "ads:read" as Loose }),
        want: /clientCredentials options\.scopes must be a non-empty array/,
      },
    ],
    ["empty token to revoke", { given: () => oauth.revokeToken(""), want: /revokeToken\(token\) must be a non-empty string/ }],
    [
      "unknown token type hint",
      {
        given: () => oauth.revokeToken("t", { tokenTypeHint: "id_token" as Loose }),
        want: /tokenTypeHint must be "access_token" or "refresh_token"/,
      },
    ],
    [
      "authorization URL with an unknown scope",
      {
        given: () => oauth.authorizationUrl({ scopes: ["pins:fly" as Loose], state: "s" }),
        want: /authorizationUrl options\.scopes contains "pins:fly"/,
      },
    ],
    [
      "authorization URL without state",
      {
        given: () => oauth.authorizationUrl({ scopes: ["pins:read"], state: "" }),
        want: /authorizationUrl options\.state must be a non-empty string/,
      },
    ],
    [
      "authorization URL without any redirect URI",
      {
        given: () => createPinterestOAuth(options({})).authorizationUrl({ scopes: ["pins:read"], state: "s" }),
        want: /authorizationUrl needs a redirectUri/,
      },
    ],
    [
      "exchange without any redirect URI",
      { given: () => createPinterestOAuth(options({})).exchangeCode("abc"), want: /exchangeCode needs a redirectUri/ },
    ],
    [
      "callback without expected state",
      {
        given: () => oauth.parseCallback("?code=a&state=b", { expectedState: "" }),
        want: /parseCallback options\.expectedState must be a non-empty string/,
      },
    ],
    [
      "callback that is not a URL",
      {
        given: () => oauth.parseCallback(42 as Loose, { expectedState: "s" }),
        want: /parseCallback\(input\) must be the callback URL/,
      },
    ],
  ];

  test.each(cases)("%s", async (_name, { given, want }) => {
    const outcome = await (async () => given())().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(outcome).toBeInstanceOf(TypeError);
    expect((outcome as Error).message).toMatch(want);
    expect((outcome as Error).message).not.toContain(CLIENT_SECRET);
    expect(server.requests).toHaveLength(0);
  });
});
