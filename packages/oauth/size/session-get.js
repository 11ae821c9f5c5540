// Size entry for .size-limit.json: the whole server path of a signed-in app: exchange the code,
// keep the tokens in a self-refreshing session, and call the API through the session's middleware.
import { createPinterestClient } from "@pinterest-kit/client";
import { createPinterestOAuth, createSession, memoryStore } from "../dist/index.js";

const oauth = createPinterestOAuth({
  clientId: process.env.PINTEREST_APP_ID,
  clientSecret: process.env.PINTEREST_APP_SECRET,
  redirectUri: "https://app.example/callback",
});

export async function signedInAccount(code) {
  const tokens = await oauth.exchangeCode(code);
  const session = createSession(oauth, { tokens, store: memoryStore(tokens) });
  const client = createPinterestClient();
  client.use(session.middleware());
  return client.GET("/user_account");
}
