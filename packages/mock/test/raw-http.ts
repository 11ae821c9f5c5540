import { connect } from "node:net";

/** Send raw bytes to host:port and collect everything until the server closes the connection. */
export function rawRequest(
  port: number,
  bytes: string | Buffer,
  host = "127.0.0.1",
): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host }, () => socket.end(bytes));
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const split = text.indexOf("\r\n\r\n");
      const head = split === -1 ? text : text.slice(0, split);
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0),
        headers: head,
        body: split === -1 ? "" : text.slice(split + 4),
      });
    });
  });
}
