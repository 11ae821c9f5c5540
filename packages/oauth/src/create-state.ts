import { toBase64Url } from "./base64url.js";

/**
 * A fresh `state` for the authorization request (RFC 6749 §10.12, CSRF protection): 32 bytes from
 * Web Crypto's `getRandomValues`, base64url without padding (RFC 4648 §5), 43 characters.
 */
export function createState(): string {
  return toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(32)));
}
