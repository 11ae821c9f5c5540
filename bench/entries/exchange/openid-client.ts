// Size entry: a token exchange with openid-client v6 (Basic client authentication).
import * as client from "openid-client";

export async function exchange(clientId: string, clientSecret: string, code: string): Promise<string> {
  const config = new client.Configuration(
    { issuer: "https://www.pinterest.com", token_endpoint: "https://api.pinterest.com/v5/oauth/token" },
    clientId,
    undefined,
    client.ClientSecretBasic(clientSecret),
  );
  const tokens = await client.authorizationCodeGrant(
    config,
    new URL(`https://app.example/callback?code=${encodeURIComponent(code)}`),
  );
  return tokens.access_token;
}
