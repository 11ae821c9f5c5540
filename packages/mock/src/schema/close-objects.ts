import type { JsonSchema } from "./to-json-schema.js";

/** Resolves a converted `$ref` to the schema it names, or undefined when it is not a component. */
export type RefResolver = (ref: string) => JsonSchema | undefined;

/**
 * Close every object that declares properties against undeclared ones: each schema in a value
 * position (a property, `items`, `additionalProperties`, and the root) is wrapped as
 * `{ allOf: [schema], unevaluatedProperties: false }` (JSON Schema 2019-09 §9.3.2.4) when it or
 * what it composes declares `properties`. Members of `allOf`/`oneOf`/`anyOf` are not wrapped, so a
 * child that composes its parent with `allOf` still sees the parent's properties as evaluated.
 * Objects that declare no properties (open maps such as analytics figures) stay open.
 */
export function closeObjects(schema: JsonSchema, resolveRef: RefResolver): JsonSchema {
  return wrapValue(closeInside(schema, resolveRef), resolveRef);
}

/** Close the value positions inside a schema without wrapping the schema itself. */
export function closeInside(schema: JsonSchema, resolveRef: RefResolver): JsonSchema {
  const out: JsonSchema = { ...schema };
  if (isObject(schema.properties)) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, value]) => [name, closeObjects(value as JsonSchema, resolveRef)]),
    );
  }
  for (const keyword of ["items", "additionalProperties"]) {
    if (isObject(schema[keyword])) out[keyword] = closeObjects(schema[keyword] as JsonSchema, resolveRef);
  }
  for (const keyword of ["allOf", "anyOf", "oneOf"]) {
    if (Array.isArray(schema[keyword])) out[keyword] = (schema[keyword] as JsonSchema[]).map((s) => closeInside(s, resolveRef));
  }
  for (const keyword of ["if", "then", "else", "not"]) {
    if (isObject(schema[keyword])) out[keyword] = closeInside(schema[keyword] as JsonSchema, resolveRef);
  }
  return out;
}

function wrapValue(schema: JsonSchema, resolveRef: RefResolver): JsonSchema {
  return declaresProperties(schema, resolveRef, new Set()) ? { allOf: [schema], unevaluatedProperties: false } : schema;
}

function declaresProperties(schema: JsonSchema, resolveRef: RefResolver, seen: Set<string>): boolean {
  if (typeof schema.$ref === "string") {
    if (seen.has(schema.$ref)) return false;
    seen.add(schema.$ref);
    const target = resolveRef(schema.$ref);
    return target !== undefined && declaresProperties(target, resolveRef, seen);
  }
  if (isObject(schema.properties)) return true;
  return ["allOf", "anyOf", "oneOf"].some(
    (keyword) =>
      Array.isArray(schema[keyword]) && (schema[keyword] as JsonSchema[]).some((s) => declaresProperties(s, resolveRef, seen)),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
