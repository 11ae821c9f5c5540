import { createPinterestClient } from "@pinterest-kit/client";
import { DEFAULT_MOCK_CLIENT, startMockPinterest } from "@pinterest-kit/mock";
import { createSession, createState } from "@pinterest-kit/oauth";
import { expect, test } from "vitest";
import { secretForms } from "../support/error-texts.js";
import { mockOAuth, REDIRECT_URI, receivedDaysAgo, SCOPES } from "../support/mock-app.js";

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A fetch that records what goes on the wire, then sends it unchanged. */
function recordingFetch(log: Sent[]) {
  return async (request: Request): Promise<Response> => {
    log.push({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body: await request.clone().text(),
    });
    return fetch(request);
  };
}

const form = (text: string) => Object.fromEntries(new URLSearchParams(text));
const { clientId, clientSecret } = DEFAULT_MOCK_CLIENT;
const BASIC = `Basic ${btoa(`${clientId}:${clientSecret}`)}`;

test("the client secret goes only to the token endpoints, only in the Basic header; API calls carry only the bearer token", async () => {
  const mock = await startMockPinterest();
  try {
    const tokenCalls: Sent[] = [];
    const apiCalls: Sent[] = [];
    const oauth = mockOAuth(mock, { fetch: recordingFetch(tokenCalls) });

    const authorizeUrl = new URL(oauth.authorizationUrl({ scopes: SCOPES, state: createState() }));
    const tokens = await oauth.exchangeCode(mock.issueCode({ redirectUri: REDIRECT_URI, scopes: SCOPES }));
    const refreshed = await oauth.refreshToken(tokens.refreshToken as string);
    await oauth.clientCredentials({ scopes: ["pins:read"] });
    const session = createSession(oauth, { tokens: receivedDaysAgo(refreshed, 31) });
    const api = createPinterestClient({ baseUrl: mock.baseUrl, fetch: recordingFetch(apiCalls) });
    api.use(session.middleware());
    expect((await api.GET("/user_account")).response.status).toBe(200);
    await oauth.revokeToken(session.tokens.refreshToken as string, { tokenTypeHint: "refresh_token" });

    // The browser is sent to the consent page with public values only.
    expect(`${authorizeUrl.origin}${authorizeUrl.pathname}`).toBe(mock.authorizeUrl);
    expect(authorizeUrl.searchParams.get("client_id")).toBe(clientId);

    // Token endpoint: POST, form body with exactly the grant's fields, client authenticated by Basic.
    expect(tokenCalls.map((call) => [call.method, new URL(call.url).pathname, Object.keys(form(call.body)).sort()])).toEqual([
      ["POST", "/v5/oauth/token", ["code", "grant_type", "redirect_uri"]],
      ["POST", "/v5/oauth/token", ["grant_type", "refresh_token"]],
      ["POST", "/v5/oauth/token", ["grant_type", "scope"]],
      ["POST", "/v5/oauth/token", ["grant_type", "refresh_token"]],
      ["POST", "/v5/oauth/token/revoke", ["token", "token_type_hint"]],
    ]);
    for (const call of tokenCalls) {
      expect(call.headers.authorization).toBe(BASIC);
      expect(call.headers["content-type"]).toBe("application/x-www-form-urlencoded");
      for (const needle of secretForms(clientSecret)) expect(`${call.url} ${call.body}`).not.toContain(needle);
    }

    // API: the bearer access token only; no client credentials, no refresh token.
    expect(apiCalls).toHaveLength(1);
    const [call] = apiCalls as [Sent];
    expect(call.headers.authorization).toBe(`Bearer ${session.tokens.accessToken}`);
    const everything = JSON.stringify(call);
    for (const needle of [
      clientSecret,
      BASIC.slice(6),
      refreshed.refreshToken as string,
      session.tokens.refreshToken as string,
    ]) {
      expect(everything).not.toContain(needle);
    }
  } finally {
    await mock.close();
  }
});
