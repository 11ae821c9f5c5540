import { sortKeysDeep } from "./canonical-json.js";
import type { JsonSchema } from "./openapi.js";

/** One property of a schema's effective shape, as the change report compares it. */
export interface FieldInfo {
  type: string;
  required: boolean;
  json: string;
}

const SCHEMA_REF = "#/components/schemas/";

/**
 * A schema's effective fields: its own properties and those of every `allOf` part, a part that is a
 * `$ref` to another component schema resolved and followed through its own `allOf` (OpenAPI 3.0.3
 * §4.7.24 Schema Object, composition). A field is required when any part requires it. Pinterest's
 * older releases reach the token fields through `allOf: [{$ref: parent}]`, newer ones repeat them
 * inline; both have the same effective fields.
 */
export function effectiveFields(schema: JsonSchema, schemas: Readonly<Record<string, JsonSchema>>): Map<string, FieldInfo> {
  const parts = flattenAllOf(schema, schemas, new Set());
  const required = new Set(parts.flatMap((part) => (part.required as string[] | undefined) ?? []));
  const fields = new Map<string, FieldInfo>();
  for (const part of parts) {
    for (const [field, property] of Object.entries((part.properties as Record<string, JsonSchema> | undefined) ?? {})) {
      const type = typeof property.$ref === "string" ? property.$ref : String(property.type ?? "any");
      fields.set(field, { type, required: required.has(field), json: JSON.stringify(sortKeysDeep(property)) });
    }
  }
  return fields;
}

// `seen` holds the component names on the current path only, so a cycle stops but a parent that
// two parts both reach still counts for both.
function flattenAllOf(
  schema: JsonSchema,
  schemas: Readonly<Record<string, JsonSchema>>,
  seen: ReadonlySet<string>,
): JsonSchema[] {
  const ref = schema.$ref;
  if (typeof ref === "string") {
    const name = ref.startsWith(SCHEMA_REF) ? ref.slice(SCHEMA_REF.length) : undefined;
    const target = name === undefined ? undefined : schemas[name];
    if (!name || !target || seen.has(name)) return [];
    return flattenAllOf(target, schemas, new Set([...seen, name]));
  }
  const parts = (schema.allOf as JsonSchema[] | undefined) ?? [];
  return [schema, ...parts.flatMap((part) => flattenAllOf(part, schemas, seen))];
}
