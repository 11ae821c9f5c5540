import { createPinterestClient, type PinterestScope } from "@pinterest-kit/client";
import type { MockPinterest } from "@pinterest-kit/mock";
import { TokenSet } from "@pinterest-kit/oauth";
import { mockOAuth, REDIRECT_URI } from "@pinterest-kit/store-conformance/mock-session";

export { mockOAuth, REDIRECT_URI };
export const SCOPES: readonly PinterestScope[] = ["user_accounts:read", "pins:read"];
export const DAY_MS = 86_400_000;

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
