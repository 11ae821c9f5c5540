import { randomBytes } from "node:crypto";

/**
 * An unguessable token: 32 random bytes (256 bits, RFC 6749 §10.10 asks for at least 128) in
 * base64url, after a prefix naming its kind as Pinterest does (`pina_` access, `pinr_` refresh).
 */
export function randomToken(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}
