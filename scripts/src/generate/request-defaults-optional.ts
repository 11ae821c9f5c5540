import { QUESTION_TOKEN } from "openapi-typescript";
import type ts from "typescript";
import { factory } from "typescript";
import { type JsonSchema, listOperations, type OpenApiDocument } from "../shared/openapi.js";

const SCHEMA_REF = "#/components/schemas/";

/**
 * The component schemas a request body reaches, through `$ref`s at any depth (discriminator
 * mappings included), each with the property names some `required` list inside it names.
 */
export function requestSchemas(document: OpenApiDocument): Map<string, Set<string>> {
  const schemas = document.components?.schemas ?? {};
  const reached = new Map<string, Set<string>>();
  const pending: string[] = [];
  const visit = (node: unknown, required?: Set<string>): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, required);
      return;
    }
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node as JsonSchema)) {
      if ((key === "$ref" || key === "mapping") && value) {
        const refs = typeof value === "string" ? [value] : Object.values(value as Record<string, string>);
        for (const ref of refs)
          if (typeof ref === "string" && ref.startsWith(SCHEMA_REF)) pending.push(ref.slice(SCHEMA_REF.length));
      } else if (key === "required" && Array.isArray(value)) {
        for (const name of value) required?.add(String(name));
      } else visit(value, required);
    }
  };
  for (const { operation } of listOperations(document)) visit(operation.requestBody);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (reached.has(name) || !schemas[name]) continue;
    const required = new Set<string>();
    reached.set(name, required);
    visit(schemas[name], required);
  }
  return reached;
}

/**
 * An openapi-typescript `transformProperty` hook that keeps a property with a `default` optional
 * when its component schema is part of a request body. openapi-typescript's `defaultNonNullable`
 * (on by default) makes such a property required; it exempts inline request bodies and parameters
 * but not `$ref`'d components (openapi-ts/openapi-typescript#1741, #1903). A sender may leave a
 * defaulted field out (OpenAPI 3.0.3 §4.7.24: `default` is what the receiver assumes when it is
 * not provided), so only responses keep them required.
 */
export function keepRequestDefaultsOptional(document: OpenApiDocument) {
  const schemas = requestSchemas(document);
  return (property: ts.PropertySignature, schema: unknown, options: { path?: string }): ts.PropertySignature | undefined => {
    if (property.questionToken || !schema || typeof schema !== "object" || (schema as JsonSchema).default === undefined) return;
    const segments = (options.path ?? "").split("/").map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"));
    if (segments[0] !== "#" || segments[1] !== "components" || segments[2] !== "schemas") return;
    const required = schemas.get(segments[3] ?? "");
    const name = segments.at(-1) ?? "";
    if (!required || required.has(name)) return;
    return factory.updatePropertySignature(property, property.modifiers, property.name, QUESTION_TOKEN, property.type);
  };
}
