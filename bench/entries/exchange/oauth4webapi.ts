// Size entry: a token exchange with oauth4webapi (Basic client authentication, no PKCE, as Pinterest).
import * as oauth from "oauth4webapi";

const as: oauth.AuthorizationServer = {
  issuer: "https://www.pinterest.com",
  token_endpoint: "https://api.pinterest.com/v5/oauth/token",
};

export async function exchange(clientId: string, clientSecret: string, code: string): Promise<string> {
  const client: oauth.Client = { client_id: clientId };
  const parameters = oauth.validateAuthResponse(as, client, new URLSearchParams({ code }), oauth.skipStateCheck);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.ClientSecretBasic(clientSecret),
    parameters,
    "https://app.example/callback",
    oauth.nopkce,
  );
  const tokens = await oauth.processAuthorizationCodeResponse(as, client, response);
  return tokens.access_token;
}
