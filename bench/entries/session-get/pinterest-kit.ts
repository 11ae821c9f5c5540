// Size entry: a signed-in server path with @pinterest-kit: exchange the code, keep the tokens in a
// self-refreshing session and call the API through its middleware. The peers have no typed client
// or session to compare with.
import { createPinterestClient } from "@pinterest-kit/client";
import { createPinterestOAuth, createSession, memoryStore } from "@pinterest-kit/oauth";

export async function account(clientId: string, clientSecret: string, code: string): Promise<unknown> {
  const oauth = createPinterestOAuth({ clientId, clientSecret, redirectUri: "https://app.example/callback" });
  const tokens = await oauth.exchangeCode(code);
  const session = createSession(oauth, { tokens, store: memoryStore(tokens) });
  const client = createPinterestClient();
  client.use(session.middleware());
  return (await client.GET("/user_account")).data;
}
