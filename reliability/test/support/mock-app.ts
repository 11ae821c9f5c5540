import { createPinterestClient, type PinterestScope } from "@pinterest-kit/client";
import { DEFAULT_MOCK_CLIENT, type MockPinterest } from "@pinterest-kit/mock";
import { createPinterestOAuth, type PinterestOAuth, type PinterestOAuthOptions, TokenSet } from "@pinterest-kit/oauth";

/** The default mock client's loopback redirect URI (registered without a port). */
export const REDIRECT_URI = "http://127.0.0.1/callback";
export const SCOPES: readonly PinterestScope[] = ["user_accounts:read", "pins:read"];
export const DAY_MS = 86_400_000;

/** An oauth object for the default mock client; `baseUrl` defaults to the mock's. */
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

/** Real tokens from the mock: a code minted as if the user approved, exchanged. */
export async function liveTokens(mock: MockPinterest, oauth = mockOAuth(mock)): Promise<TokenSet> {
  return oauth.exchangeCode(mock.issueCode({ redirectUri: REDIRECT_URI, scopes: SCOPES }));
}

/** The same tokens as if received `days` ago (the access token has expired, the refresh token lives 60 days). */
export function receivedDaysAgo(tokens: TokenSet, days: number): TokenSet {
  const shift = days * DAY_MS;
  return TokenSet.fromJSON({ ...tokens.toJSON(), receivedAt: tokens.receivedAt - shift, expiresAt: tokens.expiresAt - shift });
}

/** Status of `GET /user_account` at the mock with `accessToken`: 200 when the mock accepts the token. */
export async function accountStatus(mock: MockPinterest, accessToken: string): Promise<number> {
  const { response } = await createPinterestClient({
    baseUrl: mock.baseUrl,
    headers: { Authorization: `Bearer ${accessToken}` },
  }).GET("/user_account");
  return response.status;
}
