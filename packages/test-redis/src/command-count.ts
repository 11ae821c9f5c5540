import { connect } from "node:net";

/**
 * Commands the Redis servers at `ports` have run (INFO commandstats), not counting INFO itself and
 * connection upkeep (PING, HELLO, CLIENT, CLUSTER, COMMAND). Commands a Lua script calls count
 * too; pass `only` (lowercase names, e.g. `["evalsha", "eval", "hmget"]`) to count those alone.
 */
export async function commandsRun(ports: readonly number[], only?: readonly string[]): Promise<number> {
  let total = 0;
  for (const port of ports) {
    for (const [, name, calls] of (await info(port, "commandstats")).matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) {
      const counted = only ? only.includes(name as string) : !/^(info|ping|hello|client|cluster|command)/.test(name as string);
      if (counted) total += Number(calls);
    }
  }
  return total;
}

/** The text of `INFO <section>`, read to its end. */
function info(port: number, section: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.setTimeout(5_000, () => socket.destroy(new Error(`INFO on port ${port} timed out`)));
    let buffer = Buffer.alloc(0);
    socket.once("error", reject);
    socket.once("connect", () => socket.write(`INFO ${section}\r\n`));
    socket.on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      const header = buffer.indexOf("\r\n");
      if (header === -1) return;
      const length = Number(buffer.subarray(1, header).toString());
      if (buffer.length < header + 2 + length) return;
      socket.destroy();
      resolve(buffer.subarray(header + 2, header + 2 + length).toString("utf8"));
    });
  });
}
