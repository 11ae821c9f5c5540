import { describe, expect, test } from "vitest";
import { buildAuthorizationUrl, createPinterestOAuth, createState } from "../src/index.js";
import { CLIENT_ID, CLIENT_SECRET, REDIRECT_URI } from "./fixtures.js";

const oauth = createPinterestOAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: REDIRECT_URI });

describe("authorizationUrl", () => {
  const cases: [string, { given: Parameters<typeof oauth.authorizationUrl>[0]; want: string }][] = [
    [
      "Pinterest's consent page with every parameter, scopes comma-joined",
      {
        given: { scopes: ["boards:read", "pins:read"], state: "st/ate+1" },
        want:
          "https://www.pinterest.com/oauth/?client_id=1484%3Aapp%2F%C3%BC&redirect_uri=https%3A%2F%2Fapp.example%2Fcallback%3Ffrom%3Dpinterest" +
          "&response_type=code&scope=boards%3Aread%2Cpins%3Aread&state=st%2Fate%2B1",
      },
    ],
    [
      "a loopback http redirect URI per call, duplicate scopes once",
      {
        given: { scopes: ["pins:read", "pins:read"], state: "s", redirectUri: "http://127.0.0.1:8085/cb" },
        want:
          "https://www.pinterest.com/oauth/?client_id=1484%3Aapp%2F%C3%BC&redirect_uri=http%3A%2F%2F127.0.0.1%3A8085%2Fcb" +
          "&response_type=code&scope=pins%3Aread&state=s",
      },
    ],
    [
      "an app's own scheme as redirect URI (RFC 8252 §7.1)",
      {
        given: { scopes: ["pins:read"], state: "s", redirectUri: "com.example.app:/oauth2redirect" },
        want:
          "https://www.pinterest.com/oauth/?client_id=1484%3Aapp%2F%C3%BC&redirect_uri=com.example.app%3A%2Foauth2redirect" +
          "&response_type=code&scope=pins%3Aread&state=s",
      },
    ],
  ];
  test.each(cases)("%s", (_name, { given, want }) => {
    expect(oauth.authorizationUrl(given)).toBe(want);
  });

  test("authorizeUrl overrides the consent page (a local mock)", () => {
    const local = createPinterestOAuth({
      clientId: "1",
      clientSecret: "secret-value",
      redirectUri: "http://localhost:3000/cb",
      authorizeUrl: "http://localhost:4010/oauth/",
    });
    const url = new URL(local.authorizationUrl({ scopes: ["user_accounts:read"], state: "s" }));
    expect(url.origin + url.pathname).toBe("http://localhost:4010/oauth/");
    expect(url.searchParams.get("redirect_uri")).toBe("http://localhost:3000/cb");
  });
});

describe("buildAuthorizationUrl (public clients: no secret in reach)", () => {
  test("gives the same URL as oauth.authorizationUrl from the app id alone", () => {
    const state = createState();
    const oauth = createPinterestOAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: REDIRECT_URI });
    const url = buildAuthorizationUrl({ clientId: CLIENT_ID, redirectUri: REDIRECT_URI, scopes: ["pins:read"], state });
    expect(url).toBe(oauth.authorizationUrl({ scopes: ["pins:read"], state }));
    expect(url).not.toContain(CLIENT_SECRET);
  });

  const bad: [string, { given: unknown; want: RegExp }][] = [
    ["no options", { given: undefined, want: /needs \{ clientId, redirectUri, scopes, state \}/ }],
    [
      "an empty client id",
      { given: { clientId: "", redirectUri: REDIRECT_URI, scopes: [], state: "s" }, want: /options\.clientId/ },
    ],
    ["no redirect URI", { given: { clientId: CLIENT_ID, scopes: ["pins:read"], state: "s" }, want: /redirectUri/ }],
    [
      "an http authorize URL off loopback",
      {
        given: {
          clientId: CLIENT_ID,
          redirectUri: REDIRECT_URI,
          scopes: ["pins:read"],
          state: "s",
          authorizeUrl: "http://evil.example/oauth/",
        },
        want: /authorizeUrl/,
      },
    ],
  ];
  test.each(bad)("rejects %s with a TypeError naming it", (_name, { given, want }) => {
    expect(() => buildAuthorizationUrl(given as never)).toThrow(TypeError);
    expect(() => buildAuthorizationUrl(given as never)).toThrow(want);
  });
});
