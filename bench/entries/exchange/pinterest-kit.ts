// Size entry: a token exchange with @pinterest-kit/oauth (which brings @pinterest-kit/client and openapi-fetch).
import { createPinterestOAuth } from "@pinterest-kit/oauth";

export async function exchange(clientId: string, clientSecret: string, code: string): Promise<string> {
  const oauth = createPinterestOAuth({ clientId, clientSecret, redirectUri: "https://app.example/callback" });
  const tokens = await oauth.exchangeCode(code);
  return tokens.accessToken;
}
