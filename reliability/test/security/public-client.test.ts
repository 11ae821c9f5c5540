import { createPinterestOAuth, createState, PinterestOAuthError } from "@pinterest-kit/oauth";
import { describe, expect, test } from "vitest";
import { REDIRECT_URI, SCOPES } from "../support/mock-app.js";

// The authorization URL and the callback are the browser-side half of the flow: they must not
// need the client secret, which stays on the server. `createPinterestOAuth` still demands a
// `clientSecret` (see SECURITY-REVIEW.md), so a public client passes a placeholder; these tests
// show that nothing of it is used, sent or shown.

const withSecret = (clientSecret: string) => {
  const sent: Request[] = [];
  const oauth = createPinterestOAuth({
    clientId: "1500000",
    clientSecret,
    redirectUri: REDIRECT_URI,
    fetch: async (request) => {
      sent.push(request);
      throw new Error("no request expected");
    },
  });
  return { oauth, sent };
};

describe("authorizationUrl and parseCallback need no secret", () => {
  const real = withSecret("real-server-side-secret-4f9c2a");
  const placeholder = withSecret("unused");

  test("authorizationUrl is the same whatever the secret, holds none of it, and sends nothing", () => {
    const state = createState();
    const url = real.oauth.authorizationUrl({ scopes: SCOPES, state });
    expect(placeholder.oauth.authorizationUrl({ scopes: SCOPES, state })).toBe(url);
    expect(url).not.toContain("real-server-side-secret");
    expect([...new URL(url).searchParams.keys()].sort()).toEqual([
      "client_id",
      "redirect_uri",
      "response_type",
      "scope",
      "state",
    ]);
    expect(real.sent).toEqual([]);
  });

  test.each([
    ["a code", { query: "code=c0de&state=S", want: { code: "c0de", state: "S" } }],
    ["the user declining", { query: "error=access_denied&state=S", want: "access_denied" }],
    ["a forged state", { query: "code=c0de&state=T", want: "state_mismatch" }],
  ] as const)("parseCallback reads %s the same whatever the secret, without a request", (_name, { query, want }) => {
    const outcome = (oauth: typeof real.oauth) => {
      try {
        return oauth.parseCallback(`${REDIRECT_URI}?${query}`, { expectedState: "S" });
      } catch (error) {
        return error instanceof PinterestOAuthError ? error.kind : error;
      }
    };
    expect(outcome(real.oauth)).toEqual(want);
    expect(outcome(placeholder.oauth)).toEqual(want);
    expect([...real.sent, ...placeholder.sent]).toEqual([]);
  });
});
