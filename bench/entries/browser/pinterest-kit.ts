// Size entry: a browser sign-in with @pinterest-kit/oauth: a fresh state, the consent-page URL, and
// the callback checked against the state (an `error=` redirect throws a typed error).
import { buildAuthorizationUrl, createState, parseCallback } from "@pinterest-kit/oauth";

export function start(clientId: string): { url: string; state: string } {
  const state = createState();
  const url = buildAuthorizationUrl({
    clientId,
    redirectUri: "https://app.example/callback",
    scopes: ["user_accounts:read"],
    state,
  });
  return { url, state };
}

export function finish(callbackUrl: string, expectedState: string): string {
  return parseCallback(callbackUrl, { expectedState }).code;
}
