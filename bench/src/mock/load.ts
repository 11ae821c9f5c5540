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
  /** Defaults to POST. */
  method?: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  /**
   * For a walk (pagination): the path of a loop's next request, from the answer to its previous one.
   * When given, answers are read whole; otherwise they are drained unread.
   */
  next?: (answer: string) => string;
}

/**
 * `concurrency` loops, each sending its next request (the same one, or the one `next` derives from
 * the previous answer) as soon as the previous answer has been read,
 * for `seconds`, over keep-alive connections (one per loop) on node:http: a client much lighter
 * than fetch, so that the server is what is measured. Loopback only.
 */
export async function runLoad(target: LoadTarget, concurrency: number, seconds: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const headers =
    target.body === "" ? target.headers : { ...target.headers, "Content-Length": String(Buffer.byteLength(target.body)) };
  const method = target.method ?? "POST";
  const errors: Record<string, number> = {};
  const latencyMs: number[] = [];
  /** Send one request to `path`; resolves with the answer's text when `next` wants it. */
  const send = (path: string) =>
    new Promise<string>((resolve) => {
      const started = performance.now();
      const outgoing = request({ agent, host: "127.0.0.1", port: target.port, method, path, headers }, (response) => {
        const chunks: Buffer[] = [];
        if (target.next === undefined) response.resume();
        else response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          latencyMs.push(performance.now() - started);
          if (response.statusCode !== 200)
            errors[`HTTP ${response.statusCode}`] = (errors[`HTTP ${response.statusCode}`] ?? 0) + 1;
          resolve(Buffer.concat(chunks).toString("utf8"));
        });
      });
      outgoing.on("error", (error: NodeJS.ErrnoException) => {
        const code = error.code ?? error.message;
        errors[code] = (errors[code] ?? 0) + 1;
        resolve("");
      });
      outgoing.end(target.body);
    });
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    let path = target.path;
    while (performance.now() < deadline) {
      const answer = await send(path);
      if (target.next !== undefined) path = target.next(answer);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { concurrency, seconds: elapsed, completed: latencyMs.length, errors, latencyMs };
}
