import { formEncodeComponent } from "@pinterest-kit/client/internal";

/**
 * The `Authorization` header value of HTTP Basic client authentication, RFC 6749 §2.3.1: the client
 * id and secret are each encoded with application/x-www-form-urlencoded (WHATWG URL §5.2, so a space
 * becomes `+` and `:` becomes `%3A`), joined with `:`, and the UTF-8 bytes base64-encoded (RFC 7617).
 * The form encoding leaves only ASCII, whose UTF-8 bytes are its char codes, so `btoa` applies as is.
 */
export function basicAuthorization(clientId: string, clientSecret: string): string {
  return `Basic ${btoa(`${formEncodeComponent(clientId)}:${formEncodeComponent(clientSecret)}`)}`;
}
