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
      "secret with a NUL (U+0000)",
      {
        given: () => createPinterestOAuth(options({ clientSecret: `${CLIENT_SECRET}\u0000` })),
        want: /options\.clientSecret contains a control or invisible character/,
      },
    ],
    [
      "secret starting with a byte-order mark (U+FEFF)",
      {
        given: () => createPinterestOAuth(options({ clientSecret: `\uFEFF${CLIENT_SECRET}` })),
        want: /options\.clientSecret contains a control or invisible character/,
      },
    ],
    [
      "client id with DEL (U+007F)",
      {
        given: () => createPinterestOAuth(options({ clientId: "1484\u007F" })),
        want: /options\.clientId contains a control or invisible character/,
      },
    ],
    [
      "client id with a zero-width non-joiner (U+200C)",
      {
        given: () => createPinterestOAuth(options({ clientId: "14\u200C84" })),
        want: /options\.clientId contains a control or invisible character/,
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
      "redirect URI with the javascript: scheme",
      {
        given: () => createPinterestOAuth(options({ redirectUri: "javascript:alert(document.cookie)" })),
        want: /createPinterestOAuth options\.redirectUri must not use the javascript: scheme/,
      },
    ],
    [
      "redirect URI with the JavaScript: scheme in another case",
      {
        given: () => createPinterestOAuth(options({ redirectUri: "JavaScript:alert(1)" })),
        want: /createPinterestOAuth options\.redirectUri must not use the javascript: scheme/,
      },
    ],
    [
      "redirect URI with the vbscript: scheme",
      {
        given: () => createPinterestOAuth(options({ redirectUri: "vbscript:msgbox(1)" })),
        want: /createPinterestOAuth options\.redirectUri must not use the vbscript: scheme/,
      },
    ],
    [
      "exchange with a data: redirect URI",
      {
        given: () => oauth.exchangeCode("abc", { redirectUri: "data:text/html,<script>alert(1)</script>" }),
        want: /exchangeCode options\.redirectUri must not use the data: scheme/,
      },
    ],
    [
      "authorization URL with a file: redirect URI",
      {
        given: () => oauth.authorizationUrl({ scopes: ["pins:read"], state: "s", redirectUri: "file:///etc/passwd" }),
        want: /authorizationUrl options\.redirectUri must not use the file: scheme/,
      },
    ],
    [
      "authorization URL with a blob: redirect URI",
      {
        given: () => oauth.authorizationUrl({ scopes: ["pins:read"], state: "s", redirectUri: "blob:https://app.example/0b1d" }),
        want: /authorizationUrl options\.redirectUri must not use the blob: scheme/,
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
      "code with a zero-width space (U+200B)",
      { given: () => oauth.exchangeCode("abc\u200Bdef"), want: /exchangeCode\(code\) contains a control or invisible character/ },
    ],
    [
      "code with an escape character (U+001B)",
      { given: () => oauth.exchangeCode("abc\u001B[0m"), want: /exchangeCode\(code\) contains a control or invisible character/ },
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
      "refresh token with a zero-width joiner (U+200D)",
      {
        given: () => oauth.refreshToken("refresh\u200Dtoken"),
        want: /refreshToken\(refreshToken\) contains a control or invisible character/,
      },
    ],
    [
      "refresh token with a unit separator (U+001F)",
      {
        given: () => oauth.refreshToken("refresh\u001Ftoken"),
        want: /refreshToken\(refreshToken\) contains a control or invisible character/,
      },
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
      "token to revoke with a word joiner (U+2060)",
      { given: () => oauth.revokeToken("tok\u2060en"), want: /revokeToken\(token\) contains a control or invisible character/ },
    ],
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
