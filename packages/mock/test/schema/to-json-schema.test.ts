import { Ajv2019 } from "ajv/dist/2019.js";
import { describe, expect, it } from "vitest";
import { componentSchemas } from "../../src/generated/schemas.js";
import { type OpenApiSchema, toJsonSchema } from "../../src/schema/to-json-schema.js";

const options = { refPrefix: "c#/$defs/" };

/** `{ if: <property equals value>, then: <$ref> }`: the converter's discriminator selection. */
const selection = (property: string, value: string, ref: string) => ({
  if: { properties: { [property]: { const: value } }, required: [property] },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword
  then: { $ref: ref },
});

describe("toJsonSchema", () => {
  const cases: [string, { given: OpenApiSchema; want: unknown }][] = [
    [
      "nullable type becomes a union with null",
      { given: { type: "integer", nullable: true }, want: { type: ["integer", "null"] } },
    ],
    [
      "nullable enum also admits null",
      { given: { type: "string", enum: ["A", "B"], nullable: true }, want: { type: ["string", "null"], enum: ["A", "B", null] } },
    ],
    ["nullable: false is dropped", { given: { type: "string", nullable: false }, want: { type: "string" } }],
    ["nullable without type has no effect (3.0.3)", { given: { nullable: true }, want: {} }],
    [
      "annotations are dropped",
      {
        given: {
          type: "string",
          title: "T",
          description: "d",
          example: "e",
          readOnly: true,
          writeOnly: false,
          default: "x",
          format: "int64",
          "x-a": 1,
        },
        want: { type: "string" },
      },
    ],
    ["component $ref is re-pointed", { given: { $ref: "#/components/schemas/Error" }, want: { $ref: "c#/$defs/Error" } }],
    [
      "siblings of $ref are ignored (3.0 §4.7.25)",
      { given: { $ref: "#/components/schemas/Error", description: "x" }, want: { $ref: "c#/$defs/Error" } },
    ],
    [
      "boolean exclusiveMinimum becomes a number",
      {
        given: { type: "number", minimum: 1, exclusiveMinimum: true, maximum: 5 },
        want: { type: "number", exclusiveMinimum: 1, maximum: 5 },
      },
    ],
    [
      "exclusiveMaximum: false keeps maximum",
      { given: { type: "number", maximum: 5, exclusiveMaximum: false }, want: { type: "number", maximum: 5 } },
    ],
    [
      "nested properties, items and allOf are converted",
      {
        given: {
          type: "object",
          properties: { a: { type: "array", items: { type: "string", nullable: true, example: "x" } } },
          allOf: [{ $ref: "#/components/schemas/Error" }],
          additionalProperties: { type: "integer", readOnly: true },
        },
        want: {
          type: "object",
          properties: { a: { type: "array", items: { type: ["string", "null"] } } },
          allOf: [{ $ref: "c#/$defs/Error" }],
          additionalProperties: { type: "integer" },
        },
      },
    ],
    [
      "discriminator with mapping becomes if/then per value, union kept",
      {
        given: {
          type: "object",
          oneOf: [{ $ref: "#/components/schemas/A" }],
          discriminator: { propertyName: "kind", mapping: { a: "#/components/schemas/A" } },
        },
        want: {
          type: "object",
          oneOf: [{ $ref: "c#/$defs/A" }],
          allOf: [selection("kind", "A", "c#/$defs/A"), selection("kind", "a", "c#/$defs/A")],
        },
      },
    ],
    [
      "discriminator without a union is dropped",
      { given: { type: "object", discriminator: { propertyName: "kind" } }, want: { type: "object" } },
    ],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(toJsonSchema(given, options)).toEqual(want);
  });

  const rejects: [string, { given: unknown; want: RegExp }][] = [
    ["an unknown keyword", { given: { type: "string", patternProperties: {} }, want: /"patternProperties" is not supported/ }],
    ["a non-component $ref", { given: { $ref: "other.json#/X" }, want: /only "#\/components\/schemas\/…" references/ }],
    ["a schema that is not an object", { given: [], want: /must be an object/ }],
    ["an empty oneOf", { given: { oneOf: [] }, want: /non-empty array/ }],
    ["a discriminator without propertyName", { given: { oneOf: [{ type: "object" }], discriminator: {} }, want: /propertyName/ }],
  ];
  it.each(rejects)("rejects %s, naming where", (_name, { given, want }) => {
    expect(() => toJsonSchema(given as OpenApiSchema, options)).toThrow(want);
  });

  it("does not modify its input", () => {
    const given = { type: "string", enum: ["A"], nullable: true };
    toJsonSchema(given, options);
    expect(given).toEqual({ type: "string", enum: ["A"], nullable: true });
  });

  it("converts every generated component schema for ajv's strict mode", () => {
    const ajv = new Ajv2019({ strict: true, allowUnionTypes: true });
    const $defs = Object.fromEntries(
      Object.entries(componentSchemas).map(([name, schema]) => [name, toJsonSchema(schema as OpenApiSchema, options)]),
    );
    ajv.addSchema({ $id: "c", $defs });
    for (const name of Object.keys(componentSchemas)) expect(() => ajv.compile({ $ref: `c#/$defs/${name}` })).not.toThrow();
  });
});

describe("the discriminator selects the mapped schema even when children do not narrow it", () => {
  // The upstream shape before the overlay: children repeat the parent's wide enum.
  const wide = { type: "string", enum: ["code", "refresh"] };
  const components: Record<string, OpenApiSchema> = {
    Parent: {
      type: "object",
      properties: { grant_type: wide },
      required: ["grant_type"],
      oneOf: [{ $ref: "#/components/schemas/Code" }, { $ref: "#/components/schemas/Refresh" }],
      discriminator: {
        propertyName: "grant_type",
        mapping: { code: "#/components/schemas/Code", refresh: "#/components/schemas/Refresh" },
      },
    },
    Code: { type: "object", properties: { grant_type: wide, code: { type: "string" } }, required: ["code"] },
    Refresh: { type: "object", properties: { grant_type: wide, refresh_token: { type: "string" } }, required: ["refresh_token"] },
  };
  const ajv = new Ajv2019({ strict: true, allowUnionTypes: true });
  ajv.addSchema({
    $id: "c",
    $defs: Object.fromEntries(Object.entries(components).map(([n, s]) => [n, toJsonSchema(s, options)])),
  });
  const validate = ajv.compile({ $ref: "c#/$defs/Parent" });

  const cases: [string, { given: unknown; want: boolean }][] = [
    ["code grant with a code", { given: { grant_type: "code", code: "c" }, want: true }],
    [
      "code grant with only a refresh token (Prism accepts this)",
      { given: { grant_type: "code", refresh_token: "r" }, want: false },
    ],
    ["refresh grant with only a code", { given: { grant_type: "refresh", code: "c" }, want: false }],
    ["refresh grant with a refresh token", { given: { grant_type: "refresh", refresh_token: "r" }, want: true }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(validate(given)).toBe(want);
  });
});
