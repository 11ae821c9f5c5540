import type { Fault } from "@pinterest-kit/mock";
import fc from "fast-check";

/** An HTTP header name (RFC 9110 §5.1 token). */
const headerName = fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,20}$/);
/** A header value Node will send: visible ASCII and spaces, no surrounding whitespace. */
const headerValue = fc.stringMatching(/^[\x21-\x7e]([\x20-\x7e]{0,60}[\x21-\x7e])?$/);

/** Headers the answer's framing depends on: the mock sets them, arbitrary values would only break the framing. */
const FRAMING = /^(content-length|transfer-encoding|connection|keep-alive|upgrade|trailer|te)$/i;

const retryAfter = fc.oneof(
  fc.nat({ max: 200 }).map(String),
  fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
  fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
  headerValue,
);

/** Arbitrary response headers: Retry-After, x-pinterest-rid, WWW-Authenticate, and anything else. */
export const responseHeaders = fc
  .record(
    {
      "Retry-After": retryAfter,
      "x-pinterest-rid": headerValue,
      "WWW-Authenticate": headerValue,
      extra: fc.array(fc.tuple(headerName, headerValue), { maxLength: 4 }),
    },
    { requiredKeys: ["extra"] },
  )
  .map(({ extra, ...known }) => {
    const headers: Record<string, string> = { ...(known as Record<string, string>) };
    for (const [name, value] of extra) if (!FRAMING.test(name)) headers[name] = value;
    return headers;
  });

/** Values that stress a token-response validator: wrong types, huge, negative, fractional, odd strings. */
const oddValue = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, false, "2592000", "-1", "1e400", "", "pina_x", [] as unknown, {} as unknown),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A body that looks like a token response, with every field optional and of any type. */
const tokenLikeBody = fc.record(
  {
    access_token: oddValue,
    token_type: oddValue,
    expires_in: oddValue,
    scope: oddValue,
    refresh_token: oddValue,
    refresh_token_expires_in: oddValue,
    refresh_token_expires_at: oddValue,
    response_type: oddValue,
  },
  { requiredKeys: [] },
);

/** Error-shaped bodies: Pinterest's `{code, message}` and RFC 6749 §5.2's `{error, error_description}`, any types. */
const errorLikeBody = fc.oneof(
  fc.record({ code: oddValue, message: oddValue, message_detail: oddValue }, { requiredKeys: [] }),
  fc.record({ error: oddValue, error_description: oddValue, error_uri: oddValue }, { requiredKeys: [] }),
);

/** Body text: JSON of any shape (cut short or not), HTML, or arbitrary Unicode. */
const bodyText = fc.oneof(
  tokenLikeBody.map((body) => JSON.stringify(body)),
  errorLikeBody.map((body) => JSON.stringify(body)),
  fc.jsonValue().map((value) => JSON.stringify(value) ?? ""),
  fc.tuple(tokenLikeBody, fc.nat()).map(([body, cut]) => {
    const text = JSON.stringify(body);
    return text.slice(0, cut % (text.length + 1));
  }),
  fc.string({ unit: "binary", maxLength: 300 }).map((text) => `<html><body><h1>${text}</h1></body></html>`),
  fc.string({ unit: "binary", maxLength: 300 }),
);

const contentType = fc.oneof(
  fc.constantFrom(undefined, "application/json", "application/json; charset=utf-8", "text/html", "text/plain", ""),
  fc.stringMatching(/^[a-z]{1,10}\/[a-z0-9.+-]{1,20}$/),
);

/** Anything the token endpoint could answer with an HTTP response: any status 200–599, headers and body. */
export const serverAnswer: fc.Arbitrary<Fault> = fc
  .record({ status: fc.integer({ min: 200, max: 599 }), text: bodyText, contentType, headers: responseHeaders })
  .map(({ status, text, contentType: type, headers }) => ({
    type: "status" as const,
    status,
    body: type === undefined ? { text } : { text, contentType: type },
    headers,
  }));

/**
 * Characters @pinterest-kit/oauth refuses in ids, secrets, codes and tokens (whitespace, control
 * and zero-width characters: always a copy-paste accident, rejected with a TypeError before any request).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const REFUSED_IN_CREDENTIALS = /[\s\u0000-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/;

/**
 * Any Unicode text a credential can be: single code points from every plane and grapheme clusters
 * (combining marks, emoji sequences), without the characters the oauth refuses.
 */
export function credentialText({ minLength, maxLength }: { minLength: number; maxLength: number }) {
  return fc
    .oneof(fc.string({ unit: "binary", minLength, maxLength }), fc.string({ unit: "grapheme", minLength, maxLength }))
    .filter((text) => !REFUSED_IN_CREDENTIALS.test(text) && [...text].length >= minLength);
}
