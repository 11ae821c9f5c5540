import { UsageError } from "../usage-error.js";

/** A JSON value built from `-f`/`-F` flags. */
export type FieldValue = string | number | boolean | null | FieldValue[] | { [key: string]: FieldValue };

/**
 * Fields from `-f key=value` (always a string) and `-F key=value` (`true`, `false`, `null` and
 * numbers typed as JSON), in the manner of `gh api`: `key[sub]=v` nests an object and `key[]=v`
 * appends to an array, so `-f media_source[source_type]=image_url` builds `{ media_source: { source_type } }`.
 */
export function parseFields(flags: readonly { raw: boolean; text: string }[]): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  for (const { raw, text } of flags) {
    const equals = text.indexOf("=");
    if (equals <= 0) throw new UsageError(`api: field "${text}" is not key=value (e.g. -f name=Recipes).`);
    const value = raw ? text.slice(equals + 1) : typed(text.slice(equals + 1));
    assign(fields, keyPath(text.slice(0, equals), text), value, text);
  }
  return fields;
}

/** `a[b][]` → `["a", "b", ""]`; an empty part means "append". */
function keyPath(key: string, text: string): string[] {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  if (!match) throw new UsageError(`api: field key in "${text}" must look like name, name[key] or name[].`);
  const nested = [...(match[2] ?? "").matchAll(/\[([^[\]]*)\]/g)].map((part) => part[1] as string);
  return [match[1] as string, ...nested];
}

type Container = Record<string, FieldValue> | FieldValue[];

/** Set `path` under `container`; in an array the only key is "", which appends a new element. */
function assign(container: Container, path: string[], value: FieldValue, text: string): void {
  const [key, ...rest] = path as [string, ...string[]];
  if (Array.isArray(container) !== (key === "")) throw new UsageError(`api: field "${text}" mixes name[] and name[key].`);
  const existing = Array.isArray(container) ? undefined : container[key];
  const put = (item: FieldValue) => {
    if (Array.isArray(container)) container.push(item);
    else container[key] = item;
  };
  if (rest.length === 0) {
    if (existing !== undefined) throw new UsageError(`api: field "${text}" sets ${key} twice.`);
    put(value);
    return;
  }
  const wantArray = rest[0] === "";
  if (existing === undefined) {
    const child: Container = wantArray ? [] : {};
    put(child);
    assign(child, rest, value, text);
    return;
  }
  if (existing === null || typeof existing !== "object" || Array.isArray(existing) !== wantArray) {
    throw new UsageError(`api: field "${text}" conflicts with an earlier field of the same name.`);
  }
  assign(existing, rest, value, text);
}

function typed(value: string): FieldValue {
  if (value === "true") return true;
  if (value === "false") return false;
  if (value === "null") return null;
  if (/^-?(0|[1-9]\d*)(\.\d+)?$/.test(value)) return Number(value);
  return value;
}
