import { createPinterestOAuth, type PinterestOAuthOptions } from "../src/index.js";
import type { TokenServer } from "./token-server.js";

/** An app id and secret with reserved and non-ASCII characters, to exercise RFC 6749 §2.3.1 encoding. */
export const CLIENT_ID = "1484:app/ü";
export const CLIENT_SECRET = "s3c:r+t/=&%ü€~!*'()_SECRET";
/** Their Basic credentials, encoded by hand: each form-encoded, joined with ":", base64 of the UTF-8 bytes. */
export const BASIC = `Basic ${Buffer.from("1484%3Aapp%2F%C3%BC:s3c%3Ar%2Bt%2F%3D%26%25%C3%BC%E2%82%AC%7E%21*%27%28%29_SECRET").toString("base64")}`;

export const REDIRECT_URI = "https://app.example/callback?from=pinterest";
export const CODE = "c0de-1a2b3c4d5e6f";
export const ACCESS_TOKEN = "pina_ACCESS_TOKEN_VALUE_1234567890";
export const REFRESH_TOKEN = "pinr_REFRESH_TOKEN_VALUE_1234567890";
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
