/** The small part of an OpenAPI 3.0 document (https://spec.openapis.org/oas/v3.0.3) the scripts read. */
export interface OpenApiDocument {
  openapi: string;
  info: { title?: string; version: string; [key: string]: unknown };
  servers?: { url: string }[];
  paths: Record<string, Record<string, unknown>>;
  components?: {
    schemas?: Record<string, JsonSchema>;
    securitySchemes?: Record<string, SecurityScheme>;
    [key: string]: unknown;
  };
  tags?: { name: string; [key: string]: unknown }[];
  security?: Record<string, string[]>[];
  [key: string]: unknown;
}

export type JsonSchema = { [key: string]: unknown };

export interface SecurityScheme {
  type?: string;
  flows?: Record<string, { scopes?: Record<string, string>; [key: string]: unknown }>;
  [key: string]: unknown;
}

/** A Parameter Object (§4.7.12), or a Reference Object to one. */
export interface ParameterObject {
  $ref?: string;
  name?: string;
  in?: string;
  [key: string]: unknown;
}

export interface OperationObject {
  operationId?: string;
  parameters?: ParameterObject[];
  requestBody?: { content?: Record<string, unknown> };
  security?: Record<string, string[]>[];
  tags?: string[];
  [key: string]: unknown;
}

/** HTTP methods an OpenAPI 3.0 path item can hold (§4.7.9). */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface OperationEntry {
  operationId: string;
  method: (typeof HTTP_METHODS)[number];
  path: string;
  operation: OperationObject;
}

/** Every operation of a document, in path then method order. */
export function listOperations(doc: OpenApiDocument): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (operation?.operationId) entries.push({ operationId: operation.operationId, method, path, operation });
    }
  }
  return entries;
}

/** The `pinterest_oauth2` authorization-code flow (OpenAPI 3.0.3 §4.7.28), its scopes sorted by name. */
export function authorizationCodeFlow(doc: OpenApiDocument): { authorizationUrl: string; scopes: Record<string, string> } {
  const flow = doc.components?.securitySchemes?.pinterest_oauth2?.flows?.authorizationCode as
    | { authorizationUrl?: string; scopes?: Record<string, string> }
    | undefined;
  if (!flow?.scopes || !flow.authorizationUrl) {
    throw new Error(
      "generate: the fragment has no pinterest_oauth2 authorizationCode flow with scopes; re-run pnpm spec:update.",
    );
  }
  const scopes = Object.fromEntries(Object.entries(flow.scopes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { authorizationUrl: flow.authorizationUrl, scopes };
}

/** A path item's and an operation's parameters, `$ref`s to `components/parameters` resolved (§4.7.12). */
export function operationParameters(doc: OpenApiDocument, entry: OperationEntry): ParameterObject[] {
  const shared = (doc.paths[entry.path]?.parameters as ParameterObject[] | undefined) ?? [];
  return [...shared, ...(entry.operation.parameters ?? [])].map((parameter) => {
    const ref = parameter.$ref;
    if (!ref) return parameter;
    const name = ref.replace("#/components/parameters/", "");
    const resolved = (doc.components?.parameters as Record<string, ParameterObject> | undefined)?.[name];
    if (!resolved) throw new Error(`generate: ${entry.operationId} refers to ${ref}, which the fragment does not define.`);
    return resolved;
  });
}
