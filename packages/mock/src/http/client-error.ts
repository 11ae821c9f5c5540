import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { PINTEREST_ERRORS, type PinterestErrorAnswer } from "../pinterest-errors.js";

/**
 * Answer bytes that are not an HTTP request Node can parse (the server's `clientError` event) in
 * Pinterest's error shape instead of Node's bodiless 400: 431 for oversized headers, 408 for a
 * request that took too long, 400 otherwise. Connections the peer already reset are just closed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const answer: PinterestErrorAnswer =
    error.code === "HPE_HEADER_OVERFLOW"
      ? PINTEREST_ERRORS.headersTooLarge
      : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? { status: 408, code: 408, message: "Request timeout" }
        : PINTEREST_ERRORS.malformedRequest;
  const body = JSON.stringify({ code: answer.code, message: answer.message });
  socket.end(
    `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
  );
}
