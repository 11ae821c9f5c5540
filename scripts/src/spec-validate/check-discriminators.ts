import { effectiveFields } from "../shared/effective-fields.js";
import type { JsonSchema, OpenApiDocument } from "../shared/openapi.js";

const SCHEMA_REF = "#/components/schemas/";

/** A discriminator a generator cannot dispatch on, and why. */
export interface DiscriminatorIssue {
  schema: string;
  property: string;
  child: string;
  message: string;
}

/**
 * Every `discriminator` whose property some mapped schema lacks or leaves optional (OpenAPI 3.0.3
 * §4.7.25: "the property name … MUST be required in the inline or referenced schemas"). It is the
 * rule behind openapi-generator's warning "'Parent' defines discriminator 'x', but the referenced
 * schema 'Child' is incorrect. invalid optional definition of x, include it in required", and a
 * client generated from such a schema rejects a body without the property. `validate --recommend`
 * does not check it, so spec:validate does.
 */
export function checkDiscriminators(document: OpenApiDocument): DiscriminatorIssue[] {
  const schemas = document.components?.schemas ?? {};
  const issues: DiscriminatorIssue[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    const discriminator = schema.discriminator as { propertyName?: string; mapping?: Record<string, string> } | undefined;
    if (!discriminator?.propertyName) continue;
    const property = discriminator.propertyName;
    for (const child of mappedSchemas(schema, discriminator.mapping)) {
      const target = schemas[child];
      if (!target) continue;
      const field = effectiveFields(target, schemas).get(property);
      if (!field) issues.push({ schema: name, property, child, message: `${property} is missing` });
      else if (!field.required) {
        issues.push({
          schema: name,
          property,
          child,
          message: `invalid optional definition of ${property}, include it in required`,
        });
      }
    }
  }
  return issues;
}

function mappedSchemas(schema: JsonSchema, mapping: Record<string, string> | undefined): string[] {
  const refs = [
    ...Object.values(mapping ?? {}),
    ...["oneOf", "anyOf"].flatMap((key) => ((schema[key] as JsonSchema[] | undefined) ?? []).map((part) => part.$ref)),
  ];
  const names = refs.filter((ref): ref is string => typeof ref === "string" && ref.startsWith(SCHEMA_REF));
  return [...new Set(names.map((ref) => ref.slice(SCHEMA_REF.length)))].sort();
}

/** The issues as openapi-generator words them, one line each. */
export function formatDiscriminatorIssues(issues: readonly DiscriminatorIssue[]): string {
  return issues
    .map(
      ({ schema, property, child, message }) =>
        `  - '${schema}' defines discriminator '${property}', but the referenced schema '${child}' is incorrect. ${message}`,
    )
    .join("\n");
}
