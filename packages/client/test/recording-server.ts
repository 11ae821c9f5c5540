import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One answer: JSON `body` (or `raw` text), or `reset: true` to destroy the socket without answering. */
export interface Reply {
  status?: number;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  reset?: boolean;
}

/** A fixed reply, or one computed from the request and its 0-based index. */
export type Replies = Reply | ((request: RecordedRequest, index: number) => Reply | Promise<Reply>);

/** A real HTTP server on 127.0.0.1 that records each request and answers it from `replies`. */
export async function startRecordingServer(replies: Replies = {}) {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const recorded = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      const reply = typeof replies === "function" ? await replies(recorded, requests.length - 1) : replies;
      if (reply.reset) {
        req.socket.destroy();
        return;
      }
      const type = reply.raw === undefined ? "application/json" : "text/html";
      res.writeHead(reply.status ?? 200, { "content-type": type, ...reply.headers });
      res.end(reply.raw ?? JSON.stringify(reply.body ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v5`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A base URL on 127.0.0.1 where nothing listens: connections are refused. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v5`;
}
