// Size entry: a token exchange with google-auth-library's OAuth2Client (Node only; Google's token endpoint is built in).
import { OAuth2Client } from "google-auth-library";

export async function exchange(clientId: string, clientSecret: string, code: string): Promise<string> {
  const client = new OAuth2Client({ clientId, clientSecret, redirectUri: "https://app.example/callback" });
  const { tokens } = await client.getToken(code);
  return tokens.access_token ?? "";
}
