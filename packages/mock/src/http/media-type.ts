import type { IncomingHttpHeaders } from "node:http";

const FORM = "application/x-www-form-urlencoded";
const JSON_TYPE = "application/json";

/**
 * Whether a request body is `application/x-www-form-urlencoded` as Pinterest's token endpoints
 * require (RFC 6749 §4.1.3): the media type (case-insensitive, RFC 9110 §8.3.1), an optional
 * `charset=utf-8` and no other parameter, and no `Content-Encoding` other than identity.
 */
export function isFormRequest(headers: IncomingHttpHeaders): boolean {
  return hasMediaType(headers, FORM);
}

/** Whether a request body is `application/json` (RFC 8259 §11), with the same rules as {@link isFormRequest}. */
export function isJsonRequest(headers: IncomingHttpHeaders): boolean {
  return hasMediaType(headers, JSON_TYPE);
}

function hasMediaType(headers: IncomingHttpHeaders, mediaType: string): boolean {
  const encoding = headers["content-encoding"];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== "identity") return false;
  const contentType = headers["content-type"];
  if (contentType === undefined) return false;
  const [type, ...parameters] = contentType.split(";").map((part) => part.trim().toLowerCase());
  if (type !== mediaType) return false;
  return parameters.every((parameter) => parameter === "" || /^charset="?utf-8"?$/.test(parameter));
}
