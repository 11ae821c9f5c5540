import { Agent, request } from "node:http";

export interface LoadResult {
  concurrency: number;
  seconds: number;
  completed: number;
  /** Non-200 answers and transport errors, by status code or error code. */
  errors: Record<string, number>;
  latencyMs: number[];
}

export interface LoadTarget {
  port: number;
  path: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * `concurrency` loops, each sending the same POST again as soon as the previous answer has been read,
 * for `seconds`, over keep-alive connections (one per loop) on node:http: a client much lighter
 * than fetch, so that the server is what is measured. Loopback only.
 */
export async function runLoad(target: LoadTarget, concurrency: number, seconds: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const headers = { ...target.headers, "Content-Length": String(Buffer.byteLength(target.body)) };
  const errors: Record<string, number> = {};
  const latencyMs: number[] = [];
  const send = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const outgoing = request(
        { agent, host: "127.0.0.1", port: target.port, method: "POST", path: target.path, headers },
        (response) => {
          response.resume();
          response.on("end", () => {
            latencyMs.push(performance.now() - started);
            if (response.statusCode !== 200)
              errors[`HTTP ${response.statusCode}`] = (errors[`HTTP ${response.statusCode}`] ?? 0) + 1;
            resolve();
          });
        },
      );
      outgoing.on("error", (error: NodeJS.ErrnoException) => {
        const code = error.code ?? error.message;
        errors[code] = (errors[code] ?? 0) + 1;
        resolve();
      });
      outgoing.end(target.body);
    });
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) await send();
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { concurrency, seconds: elapsed, completed: latencyMs.length, errors, latencyMs };
}
