/** A value a form field can hold; `undefined` and `null` fields are left out. */
export type FormValue = string | number | boolean | bigint | null | undefined | readonly (string | number | boolean | bigint)[];

/**
 * Serialize a flat object as `application/x-www-form-urlencoded` (WHATWG URL §5.2, the encoding
 * OpenAPI 3.0.3 §4.7.14 uses for form request bodies): UTF-8, `+` for spaces, booleans as
 * `true`/`false`, arrays as repeated keys, and `undefined`/`null` fields dropped rather than
 * written as the text "undefined" (openapi-fetch's default does that).
 */
export function formUrlEncode(body: Record<string, FormValue>): string {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new TypeError("A form request body must be a plain object of field names to values.");
  }
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === "object") {
        throw new TypeError(`Form field "${name}" is an object; form bodies hold only strings, numbers and booleans.`);
      }
      params.append(name, String(item));
    }
  }
  return params.toString();
}

/** One value encoded alone as application/x-www-form-urlencoded (WHATWG URL §5.2). */
export function formEncodeComponent(value: string): string {
  return new URLSearchParams([["", value]]).toString().slice(1);
}
