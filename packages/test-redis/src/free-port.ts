import { createServer } from "node:net";

/**
 * A TCP port free on 127.0.0.1 right now, below 55536 so that a cluster node's bus port
 * (port + 10000) exists too, and checked free as well.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await listenOnce(0);
    if (port < 55_536 && (await listenOnce(port + 10_000).catch(() => undefined)) !== undefined) return port;
  }
}

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen({ port, host: "127.0.0.1" }, () => {
      const { port: bound } = server.address() as { port: number };
      server.close(() => resolve(bound));
    });
  });
}
