/**
 * Checks run before any request, so bad input fails with a `TypeError` naming the argument and
 * never reaches the network. Messages never include the value of a secret argument.
 */

/** A non-empty string (client id, secret, state). */
export function assertNonEmptyString(value: unknown, argument: string): asserts value is string {
  if (typeof value !== "string" || value.length === 0) {
    throw new TypeError(`${argument} must be a non-empty string, got ${describe(value)}.`);
  }
}

/** A non-empty string without whitespace: codes and tokens never contain any, a stray newline from a file does. */
export function assertCredential(value: unknown, argument: string): asserts value is string {
  assertNonEmptyString(value, argument);
  if (/\s/.test(value)) {
    throw new TypeError(
      `${argument} contains whitespace; pass the value exactly as Pinterest issued it (trim a trailing newline).`,
    );
  }
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * An absolute URL that is `https:`, `http:` only on a loopback host (RFC 8252 §7.3), or an app's own
 * scheme, with no fragment (RFC 6749 §3.1.2). Returned unchanged: Pinterest compares it as a string.
 */
export function assertRedirectUri(value: unknown, argument: string): asserts value is string {
  assertNonEmptyString(value, argument);
  const url = parseAbsoluteUrl(value, argument);
  if (url.protocol === "http:" && !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new TypeError(`${argument} uses http: on ${url.hostname}; use https:, or http: only on localhost, 127.0.0.1 or [::1].`);
  }
  if (value.includes("#")) throw new TypeError(`${argument} must not contain a fragment (#…), per RFC 6749 §3.1.2.`);
}

/** An absolute `https:` URL, or `http:` on a loopback host (local mock servers). */
export function assertServiceUrl(value: unknown, argument: string): asserts value is string {
  assertNonEmptyString(value, argument);
  const url = parseAbsoluteUrl(value, argument);
  const loopback = LOOPBACK_HOSTS.has(url.hostname) || /^127(\.\d{1,3}){3}$/.test(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new TypeError(
      `${argument} must be an https: URL (http: only on localhost or 127.0.0.1), got ${url.protocol}//${url.host}.`,
    );
  }
}

function parseAbsoluteUrl(value: string, argument: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new TypeError(
      `${argument} must be an absolute URL such as "https://example.com/callback", got a relative or malformed one.`,
    );
  }
}

/** A whole number of milliseconds ≥ `min`, or `Infinity` where allowed. */
export function assertDuration(
  value: unknown,
  argument: string,
  { allowInfinity = false, min = 0 } = {},
): asserts value is number {
  const ok = typeof value === "number" && ((allowInfinity && value === Infinity) || (Number.isFinite(value) && value >= min));
  if (!ok)
    throw new TypeError(
      `${argument} must be a number of milliseconds ≥ ${min}${allowInfinity ? " (or Infinity)" : ""}, got ${describe(value)}.`,
    );
}

/** An `AbortSignal`, when given. */
export function assertOptionalSignal(value: unknown, argument: string): asserts value is AbortSignal | undefined {
  if (value !== undefined && !(value instanceof AbortSignal)) {
    throw new TypeError(`${argument} must be an AbortSignal, got ${describe(value)}.`);
  }
}

/** A plain options object, when given. */
export function assertOptionsObject(value: unknown, argument: string): asserts value is object | undefined {
  if (value !== undefined && (value === null || typeof value !== "object" || Array.isArray(value))) {
    throw new TypeError(`${argument} must be an options object, got ${describe(value)}.`);
  }
}

/** Type and emptiness only: values may be secrets. */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value.length === 0 ? "an empty string" : "a string";
  return typeof value === "number" ? String(value) : typeof value;
}
