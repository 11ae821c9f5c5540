import type { ServerResponse } from "node:http";
import { PINTEREST_ERRORS, type PinterestErrorAnswer, type PinterestErrorName } from "../pinterest-errors.js";

export type Headers = Record<string, string>;

/**
 * Write a complete response. Every answer carries `Cache-Control: no-store` (RFC 6749 §5.1 asks it
 * of token responses; nothing the mock sends is worth caching).
 */
export function send(response: ServerResponse, status: number, body: string | Buffer, headers: Headers = {}): void {
  if (response.headersSent || response.destroyed) return;
  const payload = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  response.writeHead(status, {
    "Cache-Control": "no-store",
    Pragma: "no-cache",
    ...headers,
    "Content-Length": String(payload.length),
  });
  response.end(payload);
}

/** A JSON body with `Content-Type: application/json`. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
  send(response, status, JSON.stringify(body), { "Content-Type": "application/json", ...headers });
}

/** An error in Pinterest's shape, `{"code":N,"message":"..."}` (Pinterest API v5 `Error`). */
export function sendError(
  response: ServerResponse,
  error: PinterestErrorName | PinterestErrorAnswer,
  headers: Headers = {},
): void {
  const { status, code, message } = typeof error === "string" ? PINTEREST_ERRORS[error] : error;
  sendJson(response, status, { code, message }, headers);
}

/** A redirect to `location` (RFC 9110 §15.4). */
export function sendRedirect(response: ServerResponse, status: 302 | 303, location: string): void {
  send(response, status, "", { Location: location });
}

/** An HTML page that loads nothing and cannot be framed. */
export function sendHtml(response: ServerResponse, status: number, html: string): void {
  send(response, status, html, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
  });
}
