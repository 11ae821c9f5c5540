import { describe, expect, test } from "vitest";
import { ADVICE, OAUTH_ERROR_CODES } from "../src/error-kinds.js";
import { createPinterestOAuth, PinterestOAuthError } from "../src/index.js";

const oauth = createPinterestOAuth({ clientId: "1", clientSecret: "secret-value" });
const STATE = "expected-state_123";

describe("parseCallback", () => {
  const accepted: [string, { given: string | URL | URLSearchParams; want: { code: string; state: string } }][] = [
    ["a full URL", { given: `https://app.example/cb?code=abc123&state=${STATE}`, want: { code: "abc123", state: STATE } }],
    [
      "a URL object",
      { given: new URL(`https://app.example/cb?state=${STATE}&code=abc123`), want: { code: "abc123", state: STATE } },
    ],
    ["a path with a query (req.url)", { given: `/cb?code=abc123&state=${STATE}#_=_`, want: { code: "abc123", state: STATE } }],
    ["a bare query string", { given: `code=abc123&state=${STATE}`, want: { code: "abc123", state: STATE } }],
    ["URLSearchParams", { given: new URLSearchParams({ code: "abc123", state: STATE }), want: { code: "abc123", state: STATE } }],
  ];
  test.each(accepted)("reads %s", (_name, { given, want }) => {
    expect(oauth.parseCallback(given, { expectedState: STATE })).toEqual(want);
  });

  const rejected: [string, { given: string; want: Partial<PinterestOAuthError>; message: RegExp }][] = [
    [
      "the user declined → access_denied",
      {
        given: `?error=access_denied&error_description=The+user+denied&state=${STATE}`,
        want: { kind: "access_denied", oauthError: "access_denied", pinterestMessage: "The user denied" },
        message: /declined/,
      },
    ],
    [
      "another state → state_mismatch",
      { given: "?code=abc&state=other", want: { kind: "state_mismatch" }, message: /does not match/ },
    ],
    ["no state → state_mismatch", { given: "?code=abc", want: { kind: "state_mismatch" }, message: /missing/ }],
    [
      "an error from another flow → state_mismatch",
      { given: "?error=access_denied&state=other", want: { kind: "state_mismatch" }, message: /does not match/ },
    ],
    [
      "an error without state → state_mismatch (RFC 6749 §4.1.2.1 returns state with errors)",
      { given: "?error=access_denied", want: { kind: "state_mismatch" }, message: /missing/ },
    ],
    [
      "an error with an empty state → state_mismatch",
      { given: "?error=server_error&state=", want: { kind: "state_mismatch" }, message: /does not match/ },
    ],
    [
      "invalid_scope → invalid_request",
      { given: `?error=invalid_scope&state=${STATE}`, want: { kind: "invalid_request" }, message: /invalid_scope/ },
    ],
    [
      "server_error → server_error",
      { given: `?error=server_error&state=${STATE}`, want: { kind: "server_error" }, message: /server_error/ },
    ],
    [
      'an error named like an Object.prototype member ("toString") → invalid_request',
      {
        given: `?error=toString&state=${STATE}`,
        want: { kind: "invalid_request", oauthError: "toString" },
        message: /Check the request/,
      },
    ],
    [
      "neither code nor error → invalid_response",
      { given: `?state=${STATE}`, want: { kind: "invalid_response" }, message: /neither code nor error/ },
    ],
  ];
  test.each(rejected)("%s", (_name, { given, want, message }) => {
    let error: unknown;
    try {
      oauth.parseCallback(given, { expectedState: STATE });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PinterestOAuthError);
    expect(error).toMatchObject({ operation: "parseCallback", ...want });
    expect((error as Error).message).toMatch(message);
  });

  test.each(Object.entries(OAUTH_ERROR_CODES))("error=%s ends with the advice of its kind, %s", (code, kind) => {
    let error: PinterestOAuthError | undefined;
    try {
      oauth.parseCallback(`?state=${STATE}&error=${code}`, { expectedState: STATE });
    } catch (e) {
      error = e as PinterestOAuthError;
    }
    expect(error?.kind).toBe(kind);
    expect(error?.message.endsWith(`. ${ADVICE[kind]}`)).toBe(true);
  });
});
