// Size entry: the same browser sign-in with arctic: its state and URL builder; arctic has no
// callback reader, so the state check and the error redirect are done by hand.
import { generateState, OAuth2Client } from "arctic";
import { readCallbackByHand } from "./read-callback-by-hand.js";

export function start(clientId: string): { url: string; state: string } {
  const state = generateState();
  const client = new OAuth2Client(clientId, null, "https://app.example/callback");
  const url = client.createAuthorizationURL("https://www.pinterest.com/oauth/", state, ["user_accounts:read"]);
  return { url: url.toString(), state };
}

export const finish = readCallbackByHand;
