import { Ajv2019, type ErrorObject, type ValidateFunction } from "ajv/dist/2019.js";
import { componentSchemas, operationSchemas } from "../generated/schemas.js";
import { closeInside, closeObjects } from "./close-objects.js";
import { type JsonSchema, type OpenApiSchema, toJsonSchema } from "./to-json-schema.js";

const COMPONENTS_ID = "pinterest-kit-closed-components";
const REF_PREFIX = `${COMPONENTS_ID}#/$defs/`;

/** An operationId of the pinned fragment. */
export type OperationId = keyof typeof operationSchemas;

/** The value type a parameter is read as (OpenAPI 3.0.3 §4.7.12: parameters travel as text). */
export type ParameterKind = "string" | "integer" | "number" | "boolean" | "array";

/** One declared parameter, ready for reading from a URL. */
export interface ParameterShape {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  explode: boolean;
  kind: ParameterKind;
  /** For arrays, the kind of each item. */
  itemKind: Exclude<ParameterKind, "array">;
}

/** A failed check: the first problem, worded for a developer (`page_size must be <= 250`). */
export type Check = { valid: true } | { valid: false; problem: string };
export type Checker = (value: unknown) => Check;

/** Compiled checks of one operation, all closed (no undeclared property anywhere). */
export interface OperationValidators {
  parameters: readonly ParameterShape[];
  /** The path parameters, after reading. */
  path: Checker;
  /** The query parameters, after reading; undeclared ones are refused. */
  query: Checker;
  /** The JSON request body; undefined when the operation takes none. */
  body: Checker | undefined;
  /** The response schema for a status (or `default`); undefined when that status has no body. */
  response(status: number): Checker | undefined;
  /** Statuses the operation declares, `default` included. */
  statuses: ReadonlySet<string>;
}

let ajv: Ajv2019 | undefined;
let defs: Record<string, JsonSchema> = {};
const cache = new Map<string, OperationValidators>();

/**
 * Validators of one pinned operation, built from the generated operation table and component
 * schemas (OpenAPI 3.0 converted to JSON Schema 2019-09, closed by {@link closeObjects}). Compiled
 * on first use and shared by every mock in the process.
 */
export function operationValidators(operationId: OperationId): OperationValidators {
  let validators = cache.get(operationId);
  if (validators === undefined) {
    validators = build(operationId);
    cache.set(operationId, validators);
  }
  return validators;
}

function instance(): Ajv2019 {
  if (ajv !== undefined) return ajv;
  // strictTypes off: closing wraps value schemas whose type is decided by a `$ref`.
  // allErrors: a union's branches all report; the message names the one the discriminator chose.
  ajv = new Ajv2019({ strict: true, strictTypes: false, allowUnionTypes: true, allErrors: true });
  defs = {};
  for (const [name, schema] of Object.entries(componentSchemas)) {
    defs[name] = toJsonSchema(schema as OpenApiSchema, { refPrefix: REF_PREFIX }, `#/components/schemas/${name}`);
  }
  const closed = Object.fromEntries(Object.entries(defs).map(([name, schema]) => [name, closeInside(schema, resolveRef)]));
  ajv.addSchema({ $id: COMPONENTS_ID, $defs: closed });
  return ajv;
}

function resolveRef(ref: string): JsonSchema | undefined {
  return ref.startsWith(REF_PREFIX) ? defs[ref.slice(REF_PREFIX.length)] : undefined;
}

function convert(schema: unknown, at: string): JsonSchema {
  return closeObjects(toJsonSchema(schema as OpenApiSchema, { refPrefix: REF_PREFIX }, at), resolveRef);
}

function build(operationId: OperationId): OperationValidators {
  const compiler = instance();
  const operation = operationSchemas[operationId] as unknown as GeneratedOperation;
  const at = `#/paths/${operationId}`;
  const parameters = operation.parameters.map((parameter) => shapeOf(parameter, `${at}/parameters/${parameter.name}`));
  const group = (location: string): Checker => {
    const declared = operation.parameters.filter((parameter) => parameter.in === location);
    const schema = {
      type: "object",
      properties: Object.fromEntries(declared.map((p) => [p.name, convert(p.schema, `${at}/parameters/${p.name}`)])),
      required: declared.filter((p) => p.required).map((p) => p.name),
      additionalProperties: false,
    };
    return wrap(compiler.compile(schema));
  };
  const responses = new Map<string, Checker | undefined>();
  for (const [status, schema] of Object.entries(operation.responses)) {
    responses.set(status, schema === null ? undefined : wrap(compiler.compile(convert(schema, `${at}/responses/${status}`))));
  }
  return {
    parameters,
    path: group("path"),
    query: group("query"),
    body:
      operation.requestBody === null ? undefined : wrap(compiler.compile(convert(operation.requestBody.schema, `${at}/body`))),
    response: (status) => (responses.has(String(status)) ? responses.get(String(status)) : responses.get("default")),
    statuses: new Set(responses.keys()),
  };
}

interface GeneratedOperation {
  parameters: readonly { name: string; in: string; required: boolean; explode: boolean; schema: unknown }[];
  requestBody: { contentType: string; required: boolean; schema: unknown } | null;
  responses: Record<string, unknown>;
}

function shapeOf(parameter: GeneratedOperation["parameters"][number], at: string): ParameterShape {
  const schema = toJsonSchema(parameter.schema as OpenApiSchema, { refPrefix: REF_PREFIX }, at);
  const kind = kindOf(schema);
  const items = schema.items as JsonSchema | undefined;
  const itemKind = kind === "array" && items !== undefined ? kindOf(items) : "string";
  return {
    name: parameter.name,
    in: parameter.in as ParameterShape["in"],
    required: parameter.required,
    explode: parameter.explode,
    kind,
    itemKind: itemKind === "array" ? "string" : itemKind,
  };
}

function kindOf(schema: JsonSchema, seen = new Set<string>()): ParameterKind {
  if (typeof schema.$ref === "string" && !seen.has(schema.$ref)) {
    seen.add(schema.$ref);
    const target = resolveRef(schema.$ref);
    return target === undefined ? "string" : kindOf(target, seen);
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  for (const kind of ["array", "integer", "number", "boolean"] as const) if (types.includes(kind)) return kind;
  const member = (schema.allOf ?? schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  return member?.[0] === undefined ? "string" : kindOf(member[0], seen);
}

function wrap(validate: ValidateFunction): Checker {
  return (value) => (validate(value) ? { valid: true } : { valid: false, problem: describe(mostTelling(validate.errors ?? [])) });
}

/**
 * The error to report. ajv lists a failed `then` right before its `if` error, so when a
 * discriminator chose a branch (see to-json-schema.ts), the error just before the first `if` is
 * about that branch; else the first error that is not a union's or conditional's summary.
 */
function mostTelling(errors: readonly ErrorObject[]): ErrorObject | undefined {
  const summary = (error: ErrorObject | undefined) => error !== undefined && ["oneOf", "anyOf", "if"].includes(error.keyword);
  const ifAt = errors.findIndex((error) => error.keyword === "if");
  const chosen = ifAt > 0 ? errors[ifAt - 1] : undefined;
  if (chosen !== undefined && !summary(chosen)) return chosen;
  return errors.find((error) => !summary(error)) ?? errors[0];
}

function describe(error: ErrorObject | undefined): string {
  if (error === undefined) return "is invalid";
  const where = error.instancePath === "" ? "" : error.instancePath.slice(1).replaceAll("/", ".");
  if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
    const name =
      (error.params as { additionalProperty?: string; unevaluatedProperty?: string }).additionalProperty ??
      (error.params as { unevaluatedProperty?: string }).unevaluatedProperty;
    return `${where === "" ? "" : `${where}.`}${name} is not declared`;
  }
  const subject = where === "" ? "" : `${where} `;
  if (error.keyword === "enum") {
    return `${subject}must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  return `${subject}${error.message ?? "is invalid"}`;
}
