// Size entry: a token exchange with simple-oauth2 (Node only: it sends with @hapi/wreck).
import { AuthorizationCode } from "simple-oauth2";

export async function exchange(clientId: string, clientSecret: string, code: string): Promise<string> {
  const client = new AuthorizationCode({
    client: { id: clientId, secret: clientSecret },
    auth: { tokenHost: "https://api.pinterest.com", tokenPath: "/v5/oauth/token" },
  });
  const token = await client.getToken({ code, redirect_uri: "https://app.example/callback" });
  return String(token.token.access_token);
}
