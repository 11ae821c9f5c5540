import { afterEach, describe, expect, test, vi } from "vitest";
import { PinterestOAuthError } from "../src/index.js";
import { CODE, oauthFor, REFRESH_TOKEN } from "./fixtures.js";
import { closedPort, startTokenServer, type TokenServer } from "./token-server.js";

let server: TokenServer | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

/** Timers and sockets this process holds, by type. */
function resources() {
  const counts = { Timeout: 0, TCPSocketWrap: 0 };
  for (const name of process.getActiveResourcesInfo()) if (name in counts) counts[name as keyof typeof counts]++;
  return counts;
}

/** Let closed handles leave the list: a bounded number of event-loop turns, no clock involved. */
async function settled(baseline: ReturnType<typeof resources>) {
  for (let turn = 0; turn < 5000; turn++) {
    const now = resources();
    if (now.Timeout <= baseline.Timeout && now.TCPSocketWrap <= baseline.TCPSocketWrap) return now;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return resources();
}

function expectNoMoreThan(now: ReturnType<typeof resources>, baseline: ReturnType<typeof resources>) {
  expect(now.Timeout).toBeLessThanOrEqual(baseline.Timeout);
  expect(now.TCPSocketWrap).toBeLessThanOrEqual(baseline.TCPSocketWrap);
}

describe("requests that get no response", () => {
  test("a per-attempt timeout rejects with timeout and leaves no timer or socket open", async () => {
    server = await startTokenServer({ fallback: "hang" });
    // Attempts are counted where they leave the client (the default transport calls the global
    // fetch): under load a 50 ms attempt can time out before its request reaches the server, or
    // even leaves for it, so the server's count alone could not tell "sent once" from "not yet".
    const attempts = vi.spyOn(globalThis, "fetch");
    const baseline = resources();
    const error = await oauthFor(server, { timeoutMs: 50 })
      .refreshToken(REFRESH_TOKEN)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PinterestOAuthError);
    expect(error).toMatchObject({ kind: "timeout", operation: "refreshToken", retryable: false });
    expect((error as Error).message).toMatch(/within 50 ms/);
    // A timeout may have reached the server: not repeated.
    expect(attempts).toHaveBeenCalledTimes(1);
    await server.close(); // resolves only once every connection to it has closed
    expect(server.requests.length).toBeLessThanOrEqual(1);
    server = undefined;
    expectNoMoreThan(await settled(baseline), baseline);
  });

  test("the caller's signal aborts an attempt in flight: aborted, nothing left open", async () => {
    const controller = new AbortController();
    server = await startTokenServer({
      fallback: () => {
        controller.abort(new Error("user navigated away"));
        return "hang";
      },
    });
    const baseline = resources();
    const error = await oauthFor(server)
      .exchangeCode(CODE, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "aborted", operation: "exchangeCode" });
    expect(((error as Error).cause as Error).message).toBe("user navigated away");
    await server.close();
    server = undefined;
    expectNoMoreThan(await settled(baseline), baseline);
  });

  test("a signal aborted before the call sends nothing", async () => {
    server = await startTokenServer();
    const error = await oauthFor(server)
      .clientCredentials({ scopes: ["ads:read"], signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "aborted" });
    expect(server.requests).toHaveLength(0);
  });

  test("a successful call clears its timer", async () => {
    server = await startTokenServer();
    const baseline = resources();
    await oauthFor(server).refreshToken(REFRESH_TOKEN);
    await server.close();
    server = undefined;
    expectNoMoreThan(await settled(baseline), baseline);
  });

  test("with timeoutMs Infinity the caller's signal is used as is", async () => {
    const controller = new AbortController();
    server = await startTokenServer({
      fallback: () => {
        controller.abort();
        return "hang";
      },
    });
    const error = await oauthFor(server, { timeoutMs: Number.POSITIVE_INFINITY })
      .refreshToken(REFRESH_TOKEN, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "aborted" });
  });

  test("a refused connection → network, retryable (nothing was sent)", async () => {
    const port = await closedPort();
    const oauth = oauthFor({ baseUrl: `http://127.0.0.1:${port}/v5` } as TokenServer, { retry: { retries: 0 } });
    const error = await oauth.exchangeCode(CODE).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "network", retryable: true });
    expect((error as Error).message).toMatch(/could not connect \(ECONNREFUSED\)/);
  });

  test("a connection dropped after the request was sent → network, not retryable", async () => {
    server = await startTokenServer({ fallback: "destroy" });
    const error = await oauthFor(server)
      .refreshToken(REFRESH_TOKEN)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "network", retryable: false });
    expect(server.requests).toHaveLength(1);
  });
});
