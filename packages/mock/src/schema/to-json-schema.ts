/** An OpenAPI 3.0 Schema Object, as the generated module holds it (read-only). */
export type OpenApiSchema = { readonly [keyword: string]: unknown };

/** A JSON Schema (draft 2019-09) object produced by {@link toJsonSchema}. */
export type JsonSchema = { [keyword: string]: unknown };

export interface ToJsonSchemaOptions {
  /** Replaces `#/components/schemas/` in every `$ref`, e.g. `"components#/$defs/"`. */
  refPrefix: string;
}

const COMPONENT_REF = "#/components/schemas/";

/** Keywords that mean the same in OpenAPI 3.0 and JSON Schema 2019-09 and are copied unchanged. */
const SAME_MEANING = new Set([
  "type",
  "enum",
  "required",
  "minimum",
  "maximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
]);

/**
 * Annotations that never change whether a value is valid. They are dropped rather than passed on
 * because some of them (`example`, `xml`, `externalDocs`, `x-*`) are unknown to ajv's strict mode,
 * and `format` would need ajv-formats, which the mock does not ship.
 */
const ANNOTATIONS = new Set([
  "title",
  "description",
  "example",
  "default",
  "readOnly",
  "writeOnly",
  "deprecated",
  "externalDocs",
  "xml",
  "format",
]);

const SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf"] as const;

/**
 * Convert an OpenAPI 3.0 Schema Object (OpenAPI 3.0.3 §4.7.24) to JSON Schema 2019-09 for ajv's
 * strict mode: `nullable` becomes a `"null"` type, a `discriminator` becomes an if/then per mapping
 * entry (ajv's own `discriminator` keyword rejects `mapping`), boolean `exclusiveMinimum` /
 * `exclusiveMaximum` become numbers, component `$ref`s are re-pointed, and annotations are dropped.
 * Anything it does not know throws, so a new spec keyword cannot be silently ignored.
 */
export function toJsonSchema(schema: OpenApiSchema, options: ToJsonSchemaOptions, at = "#"): JsonSchema {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) {
    throw new TypeError(`${at}: a schema must be an object.`);
  }
  if (typeof schema.$ref === "string") {
    // OpenAPI 3.0 §4.7.25: siblings of a Reference Object are ignored.
    return { $ref: convertRef(schema.$ref, options, at) };
  }
  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (SAME_MEANING.has(keyword)) out[keyword] = structuredClone(value);
    else if (ANNOTATIONS.has(keyword) || keyword.startsWith("x-")) continue;
    else if (keyword === "properties") out.properties = convertMap(value, options, `${at}/properties`);
    else if (keyword === "items" || keyword === "not")
      out[keyword] = toJsonSchema(asSchema(value, at), options, `${at}/${keyword}`);
    else if (keyword === "additionalProperties")
      out.additionalProperties =
        typeof value === "boolean" ? value : toJsonSchema(asSchema(value, at), options, `${at}/${keyword}`);
    else if ((SUBSCHEMA_LISTS as readonly string[]).includes(keyword))
      out[keyword] = asList(value, at, keyword).map((item, i) => toJsonSchema(item, options, `${at}/${keyword}/${i}`));
    else if (keyword === "nullable" || keyword === "discriminator")
      continue; // handled below
    else if (keyword === "exclusiveMinimum" || keyword === "exclusiveMaximum")
      continue; // handled below
    else throw new TypeError(`${at}: the OpenAPI keyword "${keyword}" is not supported by the converter.`);
  }
  convertExclusiveBounds(schema, out);
  if (schema.nullable === true) makeNullable(out, at);
  if (schema.discriminator !== undefined) addDiscriminator(schema, out, options, at);
  return out;
}

function convertRef(ref: string, options: ToJsonSchemaOptions, at: string): string {
  if (!ref.startsWith(COMPONENT_REF))
    throw new TypeError(`${at}: only "${COMPONENT_REF}…" references are supported, got "${ref}".`);
  return `${options.refPrefix}${ref.slice(COMPONENT_REF.length)}`;
}

function convertMap(value: unknown, options: ToJsonSchemaOptions, at: string): JsonSchema {
  if (value === null || typeof value !== "object") throw new TypeError(`${at}: must be an object of schemas.`);
  const out: JsonSchema = {};
  for (const [name, schema] of Object.entries(value)) out[name] = toJsonSchema(asSchema(schema, at), options, `${at}/${name}`);
  return out;
}

function asSchema(value: unknown, at: string): OpenApiSchema {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError(`${at}: a schema must be an object.`);
  return value as OpenApiSchema;
}

function asList(value: unknown, at: string, keyword: string): OpenApiSchema[] {
  if (!Array.isArray(value) || value.length === 0)
    throw new TypeError(`${at}: "${keyword}" must be a non-empty array of schemas.`);
  return value.map((item) => asSchema(item, `${at}/${keyword}`));
}

/** OpenAPI 3.0 uses draft-04's boolean form (`exclusiveMinimum: true` next to `minimum`). */
function convertExclusiveBounds(schema: OpenApiSchema, out: JsonSchema): void {
  for (const [flag, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    const value = schema[flag];
    if (value === true && typeof schema[bound] === "number") {
      out[flag] = schema[bound];
      delete out[bound];
    } else if (typeof value === "number") {
      out[flag] = value;
    }
  }
}

/** OpenAPI 3.0.3: `nullable: true` allows `null` in addition to the declared `type` (and `enum`). */
function makeNullable(out: JsonSchema, at: string): void {
  if (out.type === undefined) return; // 3.0.3: nullable without type has no effect
  const types = Array.isArray(out.type) ? out.type : [out.type];
  if (!types.every((type) => typeof type === "string")) throw new TypeError(`${at}: "type" must be a string.`);
  if (!types.includes("null")) out.type = [...types, "null"];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
}

/**
 * OpenAPI 3.0.3 §4.7.27: with `oneOf`/`anyOf`, the value of `propertyName` selects the schema named by
 * `mapping` (or the component of the same name). Each selection becomes
 * `if: { properties: { prop: { const: value } }, required: [prop] } then: { $ref }`, appended to `allOf`,
 * so a body is checked against the schema its discriminator names even when the children do not
 * narrow the property themselves. The `oneOf`/`anyOf` is kept: it still decides values that carry
 * no discriminator (optional on responses). A discriminator without a union is only a hint for
 * code generators and adds nothing here.
 */
function addDiscriminator(schema: OpenApiSchema, out: JsonSchema, options: ToJsonSchemaOptions, at: string): void {
  const discriminator = schema.discriminator as { propertyName?: unknown; mapping?: unknown } | null;
  if (discriminator === null || typeof discriminator !== "object" || typeof discriminator.propertyName !== "string") {
    throw new TypeError(`${at}/discriminator: "propertyName" must be a string.`);
  }
  const union = (schema.oneOf ?? schema.anyOf) as OpenApiSchema[] | undefined;
  if (union === undefined) return;
  const mapping = new Map<string, string>();
  for (const member of union) {
    // Implicit mapping: the component name of each union member.
    if (typeof member.$ref === "string" && member.$ref.startsWith(COMPONENT_REF)) {
      mapping.set(member.$ref.slice(COMPONENT_REF.length), member.$ref);
    }
  }
  if (discriminator.mapping !== undefined) {
    if (discriminator.mapping === null || typeof discriminator.mapping !== "object") {
      throw new TypeError(`${at}/discriminator: "mapping" must be an object.`);
    }
    for (const [value, target] of Object.entries(discriminator.mapping)) {
      if (typeof target !== "string") throw new TypeError(`${at}/discriminator/mapping/${value}: must be a $ref string.`);
      mapping.set(value, target.startsWith("#") ? target : `${COMPONENT_REF}${target}`);
    }
  }
  const property = discriminator.propertyName;
  const selections = [...mapping].map(([value, target]) => ({
    if: { properties: { [property]: { const: value } }, required: [property] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword
    then: { $ref: convertRef(target, options, `${at}/discriminator/mapping/${value}`) },
  }));
  out.allOf = [...((out.allOf as JsonSchema[] | undefined) ?? []), ...selections];
}
