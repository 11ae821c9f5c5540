import type { IncomingMessage } from "node:http";

/** The largest request body the mock reads: 64 KiB. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A request body, or why there is none. */
export type BodyResult = { kind: "ok"; bytes: Buffer } | { kind: "too-large" } | { kind: "aborted" };

/**
 * Read a request body up to `limit` bytes. A `Content-Length` above the limit is refused before
 * reading; a longer streamed (chunked) body stops being read at the limit. In both cases the
 * connection cannot be reused, so the caller answers 413 with `Connection: close`.
 */
export function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = request.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) {
    request.pause();
    return Promise.resolve({ kind: "too-large" });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      request.off("data", onData);
      request.off("end", onEnd);
      request.off("error", onAbort);
      request.off("close", onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        request.pause();
        settle({ kind: "too-large" });
      } else {
        chunks.push(chunk);
      }
    };
    const onEnd = (): void => settle({ kind: "ok", bytes: Buffer.concat(chunks, size) });
    const onAbort = (): void => settle({ kind: "aborted" });
    const onClose = (): void => {
      if (!request.complete) onAbort();
    };
    request.on("data", onData);
    request.on("end", onEnd);
    request.on("error", onAbort);
    request.on("close", onClose);
  });
}
