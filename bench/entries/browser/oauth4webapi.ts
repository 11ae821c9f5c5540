// Size entry: the same browser sign-in with oauth4webapi: its random state, the URL by hand (it
// has no builder), and validateAuthResponse for the callback.
import * as oauth from "oauth4webapi";

const as: oauth.AuthorizationServer = {
  issuer: "https://www.pinterest.com",
  authorization_endpoint: "https://www.pinterest.com/oauth/",
};

export function start(clientId: string): { url: string; state: string } {
  const state = oauth.generateRandomState();
  const url = new URL(as.authorization_endpoint as string);
  url.searchParams.set("client_id", clientId);
  url.searchParams.set("redirect_uri", "https://app.example/callback");
  url.searchParams.set("response_type", "code");
  url.searchParams.set("scope", "user_accounts:read");
  url.searchParams.set("state", state);
  return { url: url.toString(), state };
}

export function finish(callbackUrl: string, expectedState: string): string {
  const params = oauth.validateAuthResponse(as, { client_id: "app" }, new URL(callbackUrl), expectedState);
  return params.get("code") as string;
}
