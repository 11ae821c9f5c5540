// Size entry: a token exchange with arctic's generic OAuth2Client.
import { OAuth2Client } from "arctic";

export async function exchange(clientId: string, clientSecret: string, code: string): Promise<string> {
  const client = new OAuth2Client(clientId, clientSecret, "https://app.example/callback");
  const tokens = await client.validateAuthorizationCode("https://api.pinterest.com/v5/oauth/token", code, null);
  return tokens.accessToken();
}
