import { inspect } from "node:util";

/**
 * Every way an error can be shown or logged: `String()`, `message`, `stack`, `JSON.stringify`
 * (its `toJSON`), `util.inspect` (what `console.log` prints) with and without hidden properties,
 * its own enumerable fields, and the same for each error down its `cause` chain (and `errors`).
 */
export function errorTexts(error: unknown): string[] {
  const texts: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (value === null || value === undefined || seen.has(value) || depth > 10) return;
    seen.add(value);
    if (typeof value !== "object") {
      texts.push(String(value));
      return;
    }
    const fields = value as { message?: unknown; stack?: unknown; cause?: unknown; errors?: unknown };
    texts.push(
      safely(() => String(value)),
      String(fields.message ?? ""),
      String(fields.stack ?? ""),
      safely(() => JSON.stringify(value) ?? ""),
      inspect(value, { depth: Number.POSITIVE_INFINITY }),
      inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
      ...Object.values(value).map((field) => safely(() => (typeof field === "string" ? field : (JSON.stringify(field) ?? "")))),
    );
    visit(fields.cause, depth + 1);
    if (Array.isArray(fields.errors)) for (const item of fields.errors) visit(item, depth + 1);
  };
  visit(error, 0);
  return texts;
}

function safely(show: () => string): string {
  try {
    return show();
  } catch (error) {
    return `(could not show: ${(error as Error).message})`;
  }
}

/** The forms a secret takes on the wire and in echoes: as is, form-encoded, percent-encoded, JSON-escaped. */
export function secretForms(secret: string): string[] {
  return [
    secret,
    new URLSearchParams([["", secret]]).toString().slice(1),
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
  ];
}
