import { DEFAULT_MOCK_CLIENT } from "@pinterest-kit/mock";
import { createPinterestOAuth, createSession, PinterestOAuthError, type TokenSession, TokenSet } from "@pinterest-kit/oauth";
import type { CallerResult, ChildConfig, ChildMessage, ParentMessage } from "./messages.js";
import { openDriver } from "./store-driver.js";

/**
 * One process of the fleet. `sessions`: a session per user over the driver's store, built from
 * what the store holds; on each `go`, every user's `getAccessToken()` at once, each outcome
 * reported; `exit` ends it.
 * `late-writer` (one user): take the store's lock, load, say `holding`, and on `write` (after the
 * test paused this process past its lease and resumed it) try to store newer-looking tokens over
 * what it loaded, then report whether the store accepted them and what it holds.
 */
const config = JSON.parse(process.argv[2] as string) as ChildConfig;
const send = (message: ChildMessage) => process.send?.(message);
/** The next message from the parent of one of `types`. */
const next = <T extends ParentMessage["type"]>(...types: T[]) =>
  new Promise<T>((resolve) => {
    const onMessage = (message: ParentMessage) => {
      if (!types.includes(message.type as T)) return;
      process.off("message", onMessage);
      resolve(message.type as T);
    };
    process.on("message", onMessage);
  });

const driver = await openDriver(config.driver);
const oauth = createPinterestOAuth({
  clientId: DEFAULT_MOCK_CLIENT.clientId,
  clientSecret: DEFAULT_MOCK_CLIENT.clientSecret,
  redirectUri: "http://127.0.0.1/callback",
  baseUrl: config.baseUrl,
});

if (config.mode === "sessions") {
  const sessions: [string, TokenSession][] = [];
  for (const userId of config.users) {
    const store = driver.createStore(userId);
    const tokens = await store.load();
    if (!tokens) throw new Error(`the store of ${userId} is empty: seed it first`);
    sessions.push([userId, createSession(oauth, { tokens, store, refreshTimeoutMs: config.refreshTimeoutMs })]);
  }
  let order = next("go", "exit");
  send({ type: "ready" });
  while ((await order) === "go") {
    const results = await Promise.all(
      sessions.map(
        ([userId, session]): Promise<CallerResult> =>
          session.getAccessToken().then(
            (accessToken) => ({ userId, ok: true, accessToken }),
            (error: unknown) => ({
              userId,
              ok: false,
              kind: error instanceof PinterestOAuthError ? error.kind : "other",
              message: String((error as Error)?.message).slice(0, 300),
            }),
          ),
      ),
    );
    order = next("go", "exit");
    send({ type: "done", results });
  }
} else {
  const store = driver.createStore(config.users[0] as string);
  const release = await store.lock?.();
  const loaded = await store.load();
  const write = next("write");
  send({ type: "holding", refreshToken: loaded?.refreshToken });
  await write;
  const forged = new TokenSet({ ...(loaded as TokenSet).toJSON(), accessToken: "pina_late_writer", receivedAt: Date.now() });
  const accepted = await store.compareAndSet(loaded, forged);
  send({ type: "wrote", accepted, storedRefreshToken: (await store.load())?.refreshToken });
  await release?.(); // long lost to another holder: must leave that one's lock alone
}
await driver.close();
process.disconnect?.();
