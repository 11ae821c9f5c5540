import { createServer } from "node:net";

/** A base URL on 127.0.0.1 where nothing listens (a port just released), so connecting is refused. */
export async function refusingBaseUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v5`;
}
