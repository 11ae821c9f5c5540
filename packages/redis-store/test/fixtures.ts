import { TokenSet } from "@pinterest-kit/oauth";
import { createClient, createCluster } from "redis";

const DAY_MS = 86_400_000;

/** Hand-made tokens, `n` telling them apart (and ordering them by `receivedAt`). */
export function tokens(n: number, epoch = 1_700_000_000_000): TokenSet {
  const receivedAt = epoch + n * 1000;
  return new TokenSet({
    accessToken: `pina_access_${n}`,
    tokenType: "bearer",
    scopes: ["user_accounts:read"],
    expiresIn: 3600,
    receivedAt,
    expiresAt: receivedAt + 3_600_000,
    refreshToken: `pinr_refresh_${n}`,
    refreshTokenExpiresAt: receivedAt + 60 * DAY_MS,
  });
}

/** A client that fails fast instead of queueing: no offline queue, short connect timeout, quick reconnects. */
export async function connectClient(url: string) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1_000, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 500) },
  });
  client.on("error", () => {}); // reconnects are reported as errors; the store's calls fail on their own
  return client.connect();
}

/** The same for a cluster. */
export async function connectCluster(rootNodes: { url: string }[]) {
  const cluster = createCluster({
    rootNodes,
    defaults: {
      disableOfflineQueue: true,
      socket: { connectTimeout: 1_000, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 500) },
    },
  });
  cluster.on("error", () => {});
  return cluster.connect();
}

/**
 * A token endpoint on 127.0.0.1 that answers every refresh with fresh tokens (`pina_late_N`) and
 * revokes nothing, as an authorization server with a reuse grace period would; `hold()` keeps
 * the next answer until the returned function is called.
 */
export async function startGraceTokenServer() {
  const { createServer } = await import("node:http");
  let count = 0;
  let gate: Promise<void> | undefined;
  const arrived: (() => void)[] = [];
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", async () => {
      const n = ++count;
      for (const notify of arrived.splice(0)) notify();
      const waitFor = gate;
      gate = undefined;
      await waitFor;
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          access_token: `pina_late_${n}`,
          refresh_token: `pinr_late_${n}`,
          token_type: "bearer",
          expires_in: 2_592_000,
          refresh_token_expires_in: 5_184_000,
          scope: "user_accounts:read",
          response_type: "refresh_token",
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    baseUrl: `http://127.0.0.1:${port}/v5`,
    hold(): () => void {
      let open!: () => void;
      gate = new Promise((resolve) => {
        open = resolve;
      });
      return open;
    },
    nextRequest: () => new Promise<void>((resolve) => arrived.push(resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
