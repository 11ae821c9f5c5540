import type { ApiAnswer, ApiCall } from "../api/answers.js";
import { componentSchemas, operationSchemas } from "../generated/schemas.js";

type Schema = { readonly [keyword: string]: unknown };

/**
 * Answer an operation without a handler of its own: its lowest declared 2xx status with the
 * smallest value its OpenAPI schema admits (required properties only, first enum value, digits
 * for `^\d+$`, `minimum` for numbers, `minItems` items). Paged answers come back empty.
 */
export function synthesizedAnswer(call: ApiCall): ApiAnswer {
  const responses = operationSchemas[call.operationId].responses as Record<string, unknown>;
  const status = Object.keys(responses)
    .filter((code) => /^2\d\d$/.test(code))
    .sort()[0];
  if (status === undefined) return { status: 200, body: {} };
  const schema = responses[status];
  return schema === null ? { status: Number(status) } : { status: Number(status), body: synthesize(schema as Schema, new Set()) };
}

/** The smallest value `schema` admits (see {@link synthesizedAnswer}). */
export function synthesize(schema: Schema, seen: Set<string>): unknown {
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.slice(schema.$ref.lastIndexOf("/") + 1);
    if (seen.has(name)) return schema.nullable === true ? null : {};
    const target = (componentSchemas as Record<string, Schema>)[name];
    return target === undefined ? {} : synthesize(target, new Set([...seen, name]));
  }
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const members = (schema.allOf ?? []) as Schema[];
  const union = ((schema.oneOf ?? schema.anyOf ?? []) as Schema[])[0];
  if (members.length > 0 || (union !== undefined && schema.properties === undefined)) {
    const parts = [...members, ...(union === undefined ? [] : [union])].map((member) => synthesize(member, seen));
    const own =
      schema.properties === undefined
        ? {}
        : synthesize({ ...schema, allOf: undefined, oneOf: undefined, anyOf: undefined }, seen);
    return parts.every((part) => isRecord(part)) ? Object.assign({}, ...parts, own) : parts[0];
  }
  switch (schema.type) {
    case "string":
      return typeof schema.pattern === "string" && schema.pattern.includes("\\d")
        ? "1"
        : "x".repeat(Number(schema.minLength ?? 1));
    case "integer":
    case "number":
      return Number(schema.minimum ?? 0);
    case "boolean":
      return false;
    case "array":
      return Array.from({ length: Number(schema.minItems ?? 0) }, () => synthesize((schema.items ?? {}) as Schema, seen));
    default: {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = (schema.required ?? []) as string[];
      return Object.fromEntries(
        required
          .filter((name) => properties[name] !== undefined)
          .map((name) => [name, synthesize(properties[name] as Schema, seen)]),
      );
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
