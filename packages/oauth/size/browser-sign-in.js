// Size entry for .size-limit.json: a browser page that sends the user to Pinterest's consent page
// and reads the redirect back. It holds no secret, so it ships no token code.
import { buildAuthorizationUrl, createState, parseCallback } from "../dist/index.js";

export function signIn(clientId, redirectUri) {
  const state = createState();
  sessionStorage.setItem("pinterest-state", state);
  location.assign(buildAuthorizationUrl({ clientId, redirectUri, scopes: ["user_accounts:read"], state }));
}

export function readCallback() {
  return parseCallback(location.href, { expectedState: sessionStorage.getItem("pinterest-state") ?? "" });
}
