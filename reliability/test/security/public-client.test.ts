import {
  buildAuthorizationUrl,
  createPinterestOAuth,
  createState,
  PinterestOAuthError,
  parseCallback,
} from "@pinterest-kit/oauth";
import { describe, expect, test } from "vitest";
import { REDIRECT_URI, SCOPES } from "../support/mock-app.js";

// The authorization URL and the callback are the browser-side half of the flow: browser code uses
// the standalone helpers, which take no secret at all, and gets what the server-side object gives.

const CLIENT_ID = "1500000";
const SECRET = "real-server-side-secret-4f9c2a";

function serverSide() {
  const sent: Request[] = [];
  const oauth = createPinterestOAuth({
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    redirectUri: REDIRECT_URI,
    fetch: async (request) => {
      sent.push(request);
      throw new Error("no request expected");
    },
  });
  return { oauth, sent };
}

describe("authorizationUrl and parseCallback need no secret", () => {
  test("buildAuthorizationUrl, given no secret, builds the server's URL, which holds none of it and sends nothing", () => {
    const server = serverSide();
    const state = createState();
    const url = buildAuthorizationUrl({ clientId: CLIENT_ID, redirectUri: REDIRECT_URI, scopes: SCOPES, state });
    expect(url).toBe(server.oauth.authorizationUrl({ scopes: SCOPES, state }));
    expect(url).not.toContain(SECRET);
    expect([...new URL(url).searchParams.keys()].sort()).toEqual([
      "client_id",
      "redirect_uri",
      "response_type",
      "scope",
      "state",
    ]);
    expect(server.sent).toEqual([]);
  });

  test.each([
    ["a code", { query: "code=c0de&state=S", want: { code: "c0de", state: "S" } }],
    ["the user declining", { query: "error=access_denied&state=S", want: "access_denied" }],
    ["a forged state", { query: "code=c0de&state=T", want: "state_mismatch" }],
  ] as const)(
    "parseCallback reads %s without a secret, as the server-side object does, without a request",
    (_name, { query, want }) => {
      const server = serverSide();
      const outcome = (parse: typeof parseCallback) => {
        try {
          return parse(`${REDIRECT_URI}?${query}`, { expectedState: "S" });
        } catch (error) {
          return error instanceof PinterestOAuthError ? error.kind : error;
        }
      };
      expect(outcome(parseCallback)).toEqual(want);
      expect(outcome(server.oauth.parseCallback)).toEqual(want);
      expect(server.sent).toEqual([]);
    },
  );
});
