/**
 * Turn form strings into the booleans the schema declares. Form values are always strings, and the
 * only non-string field of the token request is the boolean `continuous_refresh`. Only the exact
 * texts "true" and "false" convert (what `formUrlEncode` writes); ajv's `coerceTypes` would also
 * take "", "1" or "0" and would coerce every other type too, which Pinterest does not.
 */
export function coerceFormBooleans(fields: Record<string, string>, booleanFields: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...fields };
  for (const name of booleanFields) {
    if (fields[name] === "true") out[name] = true;
    else if (fields[name] === "false") out[name] = false;
  }
  return out;
}
