/**
 * Checks run before any request, so bad input fails with a `TypeError` naming the argument and
 * never reaches the network. Messages never include the value of a secret argument.
 */

import { describeValue } from "@pinterest-kit/client/internal";

// Shared with @pinterest-kit/client, which checks its own options the same way.
export { assertDuration, assertOptionalSignal, assertOptionsObject } from "@pinterest-kit/client/internal";

/** A non-empty string (client id, secret, state). */
export function assertNonEmptyString(value: unknown, argument: string): asserts value is string {
  if (typeof value !== "string" || value.length === 0) {
    throw new TypeError(`${argument} must be a non-empty string, got ${describeValue(value)}.`);
  }
}

/**
 * Control characters (U+0000–U+001F, U+007F) and characters that render as nothing (U+200B–U+200D
 * zero-width space, non-joiner and joiner, U+2060 word joiner, U+FEFF byte-order mark): they arrive
 * with a copy from a document or a file saved with a BOM, are invisible in logs, and no id, secret,
 * code or token contains one. Tab, line feed, vertical tab, form feed and carriage return
 * (U+0009–U+000D) are left out here: they are whitespace, reported with their own advice.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/;

/**
 * A non-empty string without whitespace or invisible characters (client id and secret, codes,
 * tokens): none contains any, while a stray newline from a file or a BOM is a common accident.
 */
export function assertCredential(value: unknown, argument: string): asserts value is string {
  assertNonEmptyString(value, argument);
  if (INVISIBLE.test(value)) {
    throw new TypeError(
      `${argument} contains a control or invisible character (zero-width space, byte-order mark…); pass the value exactly as Pinterest issued it.`,
    );
  }
  if (/\s/.test(value)) {
    throw new TypeError(
      `${argument} contains whitespace; pass the value exactly as Pinterest issued it (trim a trailing newline).`,
    );
  }
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Schemes a browser runs, renders or reads locally instead of handing to an app: a redirect to one
 * would carry the code into a script or a file, never to the app's server.
 */
const UNSAFE_REDIRECT_SCHEMES = new Set(["javascript:", "data:", "file:", "blob:", "vbscript:"]);

/**
 * An absolute URL that is `https:`, `http:` only on a loopback host (RFC 8252 §7.3), or an app's own
 * scheme (RFC 8252 §7.1) other than {@link UNSAFE_REDIRECT_SCHEMES}, with no fragment (RFC 6749
 * §3.1.2). Returned unchanged: Pinterest compares it as a string.
 */
export function assertRedirectUri(value: unknown, argument: string): asserts value is string {
  assertNonEmptyString(value, argument);
  const url = parseAbsoluteUrl(value, argument);
  if (UNSAFE_REDIRECT_SCHEMES.has(url.protocol)) {
    throw new TypeError(`${argument} must not use the ${url.protocol} scheme; use https: or the app's own scheme.`);
  }
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
      `${argument} must be an https: URL (http: only on localhost, [::1] or 127.x.x.x), got ${url.protocol}//${url.host}.`,
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
