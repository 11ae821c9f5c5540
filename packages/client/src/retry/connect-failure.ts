/** Errors raised while connecting, before any byte of the request was written. */
const CONNECT_CODES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** Errors of a connection that broke after the request may have been sent. */
const RESET_CODES: ReadonlySet<string> = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET"]);

/** Whether a `fetch` rejection failed while connecting (undici puts the socket error in `cause`): nothing was sent. */
export function isConnectFailure(error: unknown): boolean {
  return hasCode(error, CONNECT_CODES);
}

/** Whether a `fetch` rejection is a connection reset mid-request: the request may have reached the server. */
export function isConnectionReset(error: unknown): boolean {
  return hasCode(error, RESET_CODES);
}

function hasCode(error: unknown, codes: ReadonlySet<string>, depth = 0): boolean {
  if (error === null || typeof error !== "object" || depth > 4) return false;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === "string" && codes.has(code)) return true;
  if (Array.isArray(errors) && errors.length > 0 && errors.every((item) => hasCode(item, codes, depth + 1))) return true;
  return hasCode(cause, codes, depth + 1);
}
