// Size entry: the same browser sign-in with openid-client v6: randomState and buildAuthorizationUrl;
// it reads the callback only inside authorizationCodeGrant (a server call), so that part is by hand.
import * as client from "openid-client";
import { readCallbackByHand } from "./read-callback-by-hand.js";

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

export const finish = readCallbackByHand;
