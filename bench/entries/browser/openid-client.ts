// Size entry: the same browser sign-in with openid-client v6: randomState and buildAuthorizationUrl;
// it reads the callback only inside authorizationCodeGrant (a server call), so that part is by hand.
import * as client from "openid-client";

const config = new client.Configuration(
  { issuer: "https://www.pinterest.com", authorization_endpoint: "https://www.pinterest.com/oauth/" },
  "app",
);

export function start(_clientId: string): { url: string; state: string } {
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: "https://app.example/callback",
    scope: "user_accounts:read",
    state,
  });
  return { url: url.toString(), state };
}

export function finish(callbackUrl: string, expectedState: string): string {
  const params = new URL(callbackUrl).searchParams;
  if (params.get("state") !== expectedState) throw new Error("state mismatch");
  const error = params.get("error");
  if (error !== null) throw new Error(`authorization failed: ${error}`);
  const code = params.get("code");
  if (code === null) throw new Error("no code");
  return code;
}
