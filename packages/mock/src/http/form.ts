/** The outcome of parsing a form or query string strictly. */
export type ParsedForm =
  | { ok: true; fields: Record<string, string> }
  | { ok: false; reason: "encoding" | "duplicate" | "empty-name" };

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Parse `application/x-www-form-urlencoded` text (WHATWG URL §5.1) strictly, where URLSearchParams
 * is lenient: a malformed percent escape or bytes that are not UTF-8 are an error instead of
 * U+FFFD, and so is a field given twice (RFC 6749 §3.1: parameters "MUST NOT be included more than
 * once") or a field without a name. Empty segments (`a=1&&b=2`) are skipped, as WHATWG does.
 */
export function parseForm(input: string | Uint8Array): ParsedForm {
  let text: string;
  try {
    text = typeof input === "string" ? input : UTF8.decode(input);
  } catch {
    return { ok: false, reason: "encoding" };
  }
  const fields: Record<string, string> = Object.create(null);
  for (const segment of text.split("&")) {
    if (segment === "") continue;
    const equals = segment.indexOf("=");
    const rawName = equals === -1 ? segment : segment.slice(0, equals);
    const rawValue = equals === -1 ? "" : segment.slice(equals + 1);
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(rawName.replaceAll("+", " "));
      value = decodeURIComponent(rawValue.replaceAll("+", " "));
    } catch {
      return { ok: false, reason: "encoding" };
    }
    if (name === "") return { ok: false, reason: "empty-name" };
    if (Object.hasOwn(fields, name)) return { ok: false, reason: "duplicate" };
    fields[name] = value;
  }
  return { ok: true, fields: { ...fields } };
}
