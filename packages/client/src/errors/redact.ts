import { formEncodeComponent } from "../form-body.js";

/** What a removed secret is replaced with. */
export const REDACTED = "[redacted]";

// Pinterest access and refresh tokens ("pina_…", "pinr.…") even when this package never saw them,
// e.g. a new token echoed in a body that failed validation.
const PINTEREST_TOKEN = /\bpin[ar][._][A-Za-z0-9._~+/=-]{8,}/g;
// Shorter secrets would blank out ordinary words; nothing real is that short.
const MIN_SECRET_LENGTH = 4;

/** A function that removes every given secret, in every encoding it could appear in, from a text. */
export type Redactor = (text: string) => string;

/**
 * Build a {@link Redactor} for the secrets of one call: each as given, form-encoded (as it would be
 * echoed from a request body), percent-encoded and JSON-escaped. Only built on failure paths.
 */
export function createRedactor(secrets: readonly (string | undefined)[]): Redactor {
  const variants = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== "string" || secret.length < MIN_SECRET_LENGTH) continue;
    variants.add(secret);
    variants.add(formEncodeComponent(secret));
    variants.add(JSON.stringify(secret).slice(1, -1));
    try {
      variants.add(encodeURIComponent(secret));
    } catch {
      // A lone surrogate cannot be percent-encoded, so it cannot appear percent-encoded either.
    }
  }
  const ordered = [...variants].sort((a, b) => b.length - a.length);
  return (text) => {
    let result = text;
    for (const variant of ordered) result = result.split(variant).join(REDACTED);
    return result.replace(PINTEREST_TOKEN, REDACTED);
  };
}

const CAUSE_FIELDS = ["code", "errno", "syscall", "address", "port", "type"] as const;
const MAX_CAUSE_DEPTH = 5;

/**
 * A copy of an error and its `cause` chain with every secret removed from names, messages and
 * stacks, keeping the fields that explain a network failure (`code`, `syscall`, …). Secrets can
 * hide in messages we do not write: `JSON.parse` quotes the text it failed on, a custom `fetch`
 * may say anything.
 */
export function redactCause(value: unknown, redact: Redactor, depth = 0): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" && typeof value !== "function") return new Error(redact(String(value)));
  const source = value as { name?: unknown; message?: unknown; stack?: unknown; cause?: unknown; errors?: unknown };
  const copy = new Error(redact(String(source.message ?? "")));
  copy.name = redact(String(source.name ?? "Error"));
  copy.stack = typeof source.stack === "string" ? redact(source.stack) : `${copy.name}: ${copy.message}`;
  const target = copy as unknown as Record<string, unknown>;
  for (const field of CAUSE_FIELDS) {
    const fieldValue = (value as Record<string, unknown>)[field];
    if (typeof fieldValue === "number") target[field] = fieldValue;
    else if (typeof fieldValue === "string") target[field] = redact(fieldValue);
  }
  if (depth < MAX_CAUSE_DEPTH) {
    if (source.cause !== undefined) copy.cause = redactCause(source.cause, redact, depth + 1);
    if (Array.isArray(source.errors)) target.errors = source.errors.map((item) => redactCause(item, redact, depth + 1));
  }
  return copy;
}

const EXCERPT_LENGTH = 200;

/** A short, readable, redacted excerpt of a non-JSON body: the text of an HTML page, whitespace collapsed. */
export function bodyExcerpt(body: string, redact: Redactor): string | undefined {
  const withoutCode = redact(body).replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ");
  const text = redact(
    withoutCode
      .replace(/<[^>]*>/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  );
  if (text === "") return undefined;
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
}
