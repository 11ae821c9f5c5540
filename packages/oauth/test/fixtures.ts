import { createPinterestOAuth, type PinterestOAuthOptions } from "../src/index.js";
import type { TokenServer } from "./token-server.js";

/** An app id and secret with reserved and non-ASCII characters, to exercise RFC 6749 §2.3.1 encoding. */
export const CLIENT_ID = "1484:app/ü";
export const CLIENT_SECRET = "s3c:r+t/=&%ü€~!*'()_SECRET";
/** Their Basic credentials, encoded by hand: each form-encoded, joined with ":", base64 of the UTF-8 bytes. */
export const BASIC = `Basic ${Buffer.from("1484%3Aapp%2F%C3%BC:s3c%3Ar%2Bt%2F%3D%26%25%C3%BC%E2%82%AC%7E%21*%27%28%29_SECRET").toString("base64")}`;

export const REDIRECT_URI = "https://app.example/callback?from=pinterest";
/**
 * The code and the tokens the tests send are opaque, not shaped like Pinterest's `pina_`/`pinr_`
 * tokens: the redactor removes those by pattern anyway, so only opaque values prove that each
 * helper hands the credential it sends to the redactor (a lost `secret: token` shows as a leak).
 */
export const CODE = "c0de-1a2b3c4d5e6f";
export const ACCESS_TOKEN = "opaque-access-7Hq2xZ9wLm4";
export const REFRESH_TOKEN = "opaque-refresh-Vb8nK3tR6yP1";
export const NOW = 1_750_000_000_000;

/** Every secret string a test may hand to or receive from the helpers. */
export const SECRETS = [CLIENT_SECRET, CODE, ACCESS_TOKEN, REFRESH_TOKEN, BASIC.slice(6)];

/** createPinterestOAuth against a local server, with a fixed clock and no real waiting between retries. */
export function oauthFor(server: TokenServer, overrides: Partial<PinterestOAuthOptions> = {}) {
  return createPinterestOAuth({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: REDIRECT_URI,
    baseUrl: server.baseUrl,
    clock: () => NOW,
    retry: { sleep: async () => {} },
    ...overrides,
  });
}
