import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** The query of the one request that came back to the redirect URI. */
export interface RedirectCapture {
  /** `http://127.0.0.1:PORT` (or `localhost` when asked). */
  origin: string;
  port: number;
  /** Resolves with the full callback URL of the first request to `path`. */
  callback: Promise<URL>;
  close(): Promise<void>;
}

const PAGE = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body style="font-family:system-ui;margin:3em"><h1>${title}</h1><p>${text}</p></body></html>`;

/**
 * A loopback HTTP server for the OAuth redirect (RFC 8252 §7.3): it listens on 127.0.0.1 only,
 * answers the browser with a short page and hands the callback URL to the caller.
 */
export async function startLoopbackRedirect(options: {
  port: number;
  path: string;
  hostName?: string;
}): Promise<RedirectCapture> {
  let deliver!: (url: URL) => void;
  const callback = new Promise<URL>((resolve) => {
    deliver = resolve;
  });
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", `http://${request.headers.host ?? "127.0.0.1"}`);
    if (request.method !== "GET" || url.pathname !== options.path) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    const denied = url.searchParams.has("error");
    response
      .writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", connection: "close" })
      .end(
        denied
          ? PAGE("Access was not granted", "You can close this tab; the terminal says what happened.")
          : PAGE("Signed in to Pinterest", "You can close this tab and return to the terminal."),
      );
    deliver(url);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE")
      throw new Error(`port ${options.port} is in use: pass --port with a free port registered as a redirect URI.`);
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${options.hostName ?? "127.0.0.1"}:${port}`,
    port,
    callback,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
