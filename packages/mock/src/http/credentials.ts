const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** RFC 6750 §2.1 `b64token`. */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/** Client credentials read from an `Authorization: Basic` header. */
export interface BasicCredentials {
  clientId: string;
  clientSecret: string;
}

/**
 * Read `Authorization: Basic` client credentials as RFC 6749 §2.3.1 defines them: base64 of
 * `id:secret`, where id and secret were each form-urlencoded first. Decoding is strict (valid
 * base64, UTF-8, percent escapes), so a client that skips the form-encoding of a secret holding
 * `+`, `%` or `:` fails here as it would against a conforming server.
 */
export function parseBasicCredentials(header: string | undefined): BasicCredentials | undefined {
  const match = header === undefined ? null : /^Basic +(\S+) *$/i.exec(header);
  if (match === null) return undefined;
  const encoded = match[1] as string;
  if (!BASE64.test(encoded) || encoded.length % 4 !== 0) return undefined;
  let decoded: string;
  try {
    decoded = UTF8.decode(Buffer.from(encoded, "base64"));
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(":");
  if (colon === -1) return undefined;
  try {
    return {
      clientId: decodeURIComponent(decoded.slice(0, colon).replaceAll("+", " ")),
      clientSecret: decodeURIComponent(decoded.slice(colon + 1).replaceAll("+", " ")),
    };
  } catch {
    return undefined;
  }
}

/** The token of an `Authorization: Bearer` header (RFC 6750 §2.1), if well-formed. */
export function parseBearerToken(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /^Bearer +(\S+) *$/i.exec(header);
  const token = match?.[1];
  return token !== undefined && B64TOKEN.test(token) ? token : undefined;
}
