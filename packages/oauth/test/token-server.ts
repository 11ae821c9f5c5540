import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One scripted answer: JSON `body`, or `raw` text, or `"hang"` (never answer), or `"destroy"` (drop the socket). */
export type Reply =
  | { status?: number; headers?: Record<string, string>; body?: unknown; raw?: string }
  | "hang"
  | "destroy"
  | ((request: RecordedRequest, index: number) => Reply | Promise<Reply>);

/**
 * A real HTTP server on 127.0.0.1 speaking Pinterest's token wire format: it records every request
 * byte for byte and answers from a script (`replies` in order, then `fallback`).
 */
export async function startTokenServer(script: { replies?: Reply[]; fallback?: Reply } = {}) {
  const requests: RecordedRequest[] = [];
  const arrivals = new Set<() => void>();
  const replies = [...(script.replies ?? [])];
  const fallback: Reply = script.fallback ?? { body: tokenBody() };
  let openSockets = 0;
  const server = createServer((req, res) => {
    // Recorded as soon as the headers arrive, not once the body has: a client that gives up (a
    // timeout, an abort) may do so before this server reads the rest, and the request still came.
    const request: RecordedRequest = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: "" };
    const index = requests.push(request) - 1;
    for (const notify of arrivals) notify();
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      request.body = Buffer.concat(chunks).toString("utf8");
      let reply = replies.shift() ?? fallback;
      while (typeof reply === "function") reply = await reply(request, index);
      send(res, reply);
    });
  });
  server.on("connection", (socket) => {
    openSockets++;
    socket.on("close", () => openSockets--);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v5`,
    requests,
    /**
     * Resolves once `count` requests have arrived. A client can give up (a 50 ms timeout under load)
     * before this server's turn of the event loop reads a request that was sent: wait for it
     * instead of racing it.
     */
    received: (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (requests.length < count) return;
          arrivals.delete(check);
          resolve();
        };
        arrivals.add(check);
        check();
      }),
    /** Sockets the server still holds open. */
    openSockets: () => openSockets,
    /**
     * Stop listening; resolves once every connection has closed. `force` also drops connections a
     * client keeps idle (after an aborted request undici opens a spare pooled one, closed by its
     * 4 s keep-alive timeout), for tests that are not about connection hygiene.
     */
    close: ({ force = false } = {}) =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        if (force) server.closeAllConnections();
      }),
  };
}

export type TokenServer = Awaited<ReturnType<typeof startTokenServer>>;

function send(res: ServerResponse, reply: Exclude<Reply, (...args: never[]) => unknown>) {
  if (reply === "hang") return;
  if (reply === "destroy") {
    res.socket?.destroy();
    return;
  }
  const text = reply.raw ?? (reply.body === undefined ? "" : JSON.stringify(reply.body));
  const contentType = reply.raw === undefined ? "application/json" : "text/html; charset=utf-8";
  res.writeHead(reply.status ?? 200, { "content-type": contentType, ...reply.headers });
  res.end(text);
}

/** A Pinterest token response body (the shape of Pinterest's docs, numbers as Pinterest's examples send them). */
export function tokenBody(overrides: Record<string, unknown> = {}) {
  return {
    access_token: "pina_ACCESS_TOKEN_VALUE_1234567890",
    refresh_token: "pinr_REFRESH_TOKEN_VALUE_1234567890",
    response_type: "authorization_code",
    token_type: "bearer",
    expires_in: 2592000,
    refresh_token_expires_in: 5184000,
    scope: "boards:read,pins:read",
    ...overrides,
  };
}

/** A port on 127.0.0.1 with nothing listening: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
