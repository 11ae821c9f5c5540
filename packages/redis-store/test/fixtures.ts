import { DEFAULT_MOCK_CLIENT, type MockPinterest } from "@pinterest-kit/mock";
import { createPinterestOAuth, type PinterestOAuth, TokenSet } from "@pinterest-kit/oauth";
import { createClient, createCluster } from "redis";

export const REDIRECT_URI = "http://127.0.0.1/callback";
const DAY_MS = 86_400_000;

/** An oauth object for the mock's default app. */
export function mockOAuth(mock: MockPinterest): PinterestOAuth {
  return createPinterestOAuth({
    clientId: DEFAULT_MOCK_CLIENT.clientId,
    clientSecret: DEFAULT_MOCK_CLIENT.clientSecret,
    redirectUri: REDIRECT_URI,
    baseUrl: mock.baseUrl,
    authorizeUrl: mock.authorizeUrl,
  });
}

/** Live tokens from the mock, shifted a month back so the access token has expired. */
export async function expiredTokens(mock: MockPinterest, oauth = mockOAuth(mock)): Promise<TokenSet> {
  const tokens = await oauth.exchangeCode(mock.issueCode({ redirectUri: REDIRECT_URI, scopes: ["user_accounts:read"] }));
  const shift = 31 * DAY_MS;
  return TokenSet.fromJSON({ ...tokens.toJSON(), receivedAt: tokens.receivedAt - shift, expiresAt: tokens.expiresAt - shift });
}

/** Hand-made tokens, `n` telling them apart (and ordering them by `receivedAt`). */
export function tokens(n: number): TokenSet {
  const receivedAt = 1_700_000_000_000 + n * 1000;
  return new TokenSet({
    accessToken: `pina_access_${n}`,
    tokenType: "bearer",
    scopes: ["user_accounts:read"],
    expiresIn: 3600,
    receivedAt,
    expiresAt: receivedAt + 3_600_000,
    refreshToken: `pinr_refresh_${n}`,
    refreshTokenExpiresAt: receivedAt + 60 * DAY_MS,
  });
}

/** A client that fails fast instead of queueing: no offline queue, short connect timeout, quick reconnects. */
export async function connectClient(url: string) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1_000, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 500) },
  });
  client.on("error", () => {}); // reconnects are reported as errors; the store's calls fail on their own
  return client.connect();
}

/** The same for a cluster. */
export async function connectCluster(rootNodes: { url: string }[]) {
  const cluster = createCluster({
    rootNodes,
    defaults: {
      disableOfflineQueue: true,
      socket: { connectTimeout: 1_000, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 500) },
    },
  });
  cluster.on("error", () => {});
  return cluster.connect();
}
