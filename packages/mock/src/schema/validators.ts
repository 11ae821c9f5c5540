import { Ajv2019, type ErrorObject, type ValidateFunction } from "ajv/dist/2019.js";
import { componentSchemas, operationSchemas } from "../generated/schemas.js";
import { type JsonSchema, type OpenApiSchema, toJsonSchema } from "./to-json-schema.js";

const COMPONENTS_ID = "pinterest-kit-components";
const REF_PREFIX = `${COMPONENTS_ID}#/$defs/`;

/** The result of checking a value against a pinned schema. */
export type Validation = { valid: true } | { valid: false; errors: string[] };

/** A compiled check of one schema. */
export type Validator = (value: unknown) => Validation;

/** A component schema name of the generated module. */
export type ComponentName = keyof typeof componentSchemas;

export interface PinterestValidators {
  /** Checks the `POST /oauth/token` form (after boolean coercion), closed: no undeclared fields. */
  tokenRequest: Validator;
  /** Checks the `POST /oauth/token/revoke` form, closed. */
  revokeRequest: Validator;
  /**
   * Any component schema. `closed: true` also rejects properties no applicable subschema declares
   * (`unevaluatedProperties: false` at the root), which is how the allOf-composed children are closed.
   */
  component(name: ComponentName, options?: { closed?: boolean }): Validator;
  /** Names of the form fields the token and revoke requests declare as `boolean`. */
  booleanFormFields: ReadonlySet<string>;
}

let shared: PinterestValidators | undefined;

/**
 * Validators for the pinned schemas of the generated module (OpenAPI 3.0 component schemas, converted
 * to JSON Schema 2019-09). Compiled once per process and shared by every mock instance.
 */
export function pinterestValidators(): PinterestValidators {
  shared ??= createValidators();
  return shared;
}

function createValidators(): PinterestValidators {
  // allowUnionTypes: `nullable` becomes `type: [X, "null"]`. Everything else stays strict.
  const ajv = new Ajv2019({ strict: true, allowUnionTypes: true, allErrors: false });
  const $defs: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(componentSchemas)) {
    $defs[name] = toJsonSchema(schema as OpenApiSchema, { refPrefix: REF_PREFIX }, `#/components/schemas/${name}`);
  }
  ajv.addSchema({ $id: COMPONENTS_ID, $defs });
  const cache = new Map<string, Validator>();
  const component = (name: ComponentName, options: { closed?: boolean } = {}): Validator => {
    const key = `${name}:${options.closed === true}`;
    let validator = cache.get(key);
    if (validator === undefined) {
      const root: JsonSchema = { $ref: `${REF_PREFIX}${name}` };
      if (options.closed) Object.assign(root, { type: "object", unevaluatedProperties: false });
      validator = wrap(ajv.compile(root));
      cache.set(key, validator);
    }
    return validator;
  };
  const tokenRequestName = componentName(operationSchemas["oauth/token"].request);
  const revokeRequestName = componentName(operationSchemas["token/revoke"].request);
  return {
    tokenRequest: component(tokenRequestName, { closed: true }),
    revokeRequest: component(revokeRequestName, { closed: true }),
    component,
    booleanFormFields: new Set([...booleanFields($defs, tokenRequestName), ...booleanFields($defs, revokeRequestName)]),
  };
}

function componentName(ref: string): ComponentName {
  const name = ref.slice(ref.lastIndexOf("/") + 1);
  if (!(name in componentSchemas)) throw new Error(`The generated schemas do not define ${ref}.`);
  return name as ComponentName;
}

function wrap(validate: ValidateFunction): Validator {
  return (value) => (validate(value) ? { valid: true } : { valid: false, errors: (validate.errors ?? []).map(describe) });
}

function describe(error: ErrorObject): string {
  return `${error.instancePath || "(body)"} ${error.message ?? "is invalid"}`;
}

/** Property names declared `type: boolean` anywhere in the schema graph reachable from `name`. */
function booleanFields($defs: Record<string, JsonSchema>, name: string): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (schema: unknown): void => {
    if (schema === null || typeof schema !== "object") return;
    const node = schema as JsonSchema;
    if (typeof node.$ref === "string") {
      const target = node.$ref.slice(REF_PREFIX.length);
      if (!seen.has(target)) {
        seen.add(target);
        visit($defs[target]);
      }
      return;
    }
    const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
    for (const [property, propertySchema] of Object.entries(properties)) {
      const type = propertySchema.type;
      if (type === "boolean" || (Array.isArray(type) && type.includes("boolean"))) found.add(property);
    }
    for (const keyword of ["allOf", "anyOf", "oneOf"]) for (const sub of (node[keyword] as unknown[]) ?? []) visit(sub);
    for (const keyword of ["then", "else", "if", "not", "items"]) visit(node[keyword]);
  };
  visit({ $ref: `${REF_PREFIX}${name}` });
  return found;
}
