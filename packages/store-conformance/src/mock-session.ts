import { DEFAULT_MOCK_CLIENT, type MockPinterest } from "@pinterest-kit/mock";
import { createPinterestOAuth, type PinterestOAuth, type PinterestOAuthOptions, TokenSet } from "@pinterest-kit/oauth";

/** The default mock client's loopback redirect URI (registered without a port). */
export const REDIRECT_URI = "http://127.0.0.1/callback";

/** An oauth object for the mock's default client; `baseUrl` defaults to the mock's. */
export function mockOAuth(mock: MockPinterest, options: Partial<PinterestOAuthOptions> = {}): PinterestOAuth {
  return createPinterestOAuth({
    clientId: DEFAULT_MOCK_CLIENT.clientId,
    clientSecret: DEFAULT_MOCK_CLIENT.clientSecret,
    redirectUri: REDIRECT_URI,
    baseUrl: mock.baseUrl,
    authorizeUrl: mock.authorizeUrl,
    ...options,
  });
}

/** Real tokens from the mock whose access token expired an hour ago (the refresh token lives on). */
export async function expiredTokens(mock: MockPinterest, oauth = mockOAuth(mock)): Promise<TokenSet> {
  const tokens = await oauth.exchangeCode(mock.issueCode({ redirectUri: REDIRECT_URI, scopes: ["user_accounts:read"] }));
  const shift = tokens.expiresAt - tokens.receivedAt + 3_600_000;
  return TokenSet.fromJSON({ ...tokens.toJSON(), receivedAt: tokens.receivedAt - shift, expiresAt: tokens.expiresAt - shift });
}

/** How many refresh-token grants the mock answered. */
export function refreshesAt(mock: MockPinterest): number {
  return mock.requests.filter((request) => request.form?.grant_type === "refresh_token" && request.status === 200).length;
}
