import { authorizationCodeFlow, listOperations, type OpenApiDocument } from "../shared/openapi.js";

type Json = { [key: string]: unknown };

/** One parameter as the mock checks it (OpenAPI 3.0.3 §4.7.12; `$ref`s to components/parameters resolved). */
interface MockParameter {
  name: string;
  in: string;
  required: boolean;
  /** `style: form` with `explode: false` sends arrays comma-separated (§4.7.12.4). */
  explode: boolean;
  schema: unknown;
}

/** What the mock needs of one operation to route, check and answer it from data alone. */
interface MockOperation {
  method: string;
  path: string;
  security: unknown[];
  rateLimitCategory: string | null;
  parameters: MockParameter[];
  requestBody: { contentType: string; required: boolean; schema: unknown } | null;
  /** Schema of each declared response by status (`"default"` included); null when it has no body. */
  responses: Record<string, unknown>;
  /** The `$ref` of the request body; the success status (the lowest 2XX declared) and its schema's `$ref`. */
  request: string | null;
  status: number | null;
  response: string | null;
}

/**
 * The overlaid component schemas, per operation everything the mock checks and answers with
 * (method, path, security requirements §4.7.30, `x-ratelimit-category`, parameters §4.7.12,
 * request body §4.7.13 and response schemas by status §4.7.16), and the OAuth scopes (§4.7.27),
 * so the mock validates with the same definitions the client is typed by without reading spec/ or
 * depending on the client.
 */
export function emitMockSchemas(document: OpenApiDocument): string {
  const operations: Record<string, MockOperation> = {};
  for (const { operationId, method, path, operation } of listOperations(document)) {
    const pathItem = document.paths[path] as { parameters?: unknown[] };
    const requestContent = Object.entries(operation.requestBody?.content ?? {})[0] as [string, Json] | undefined;
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries((operation.responses ?? {}) as Record<string, unknown>)) {
      const content = (resolve(document, response) as { content?: Record<string, Json> }).content;
      responses[status] = content === undefined ? null : (Object.values(content)[0]?.schema ?? null);
    }
    const request = requestContent?.[1].schema as { $ref?: string } | undefined;
    // The success answer: the lowest 2XX status the operation declares (OpenAPI 3.0.3 §4.7.16).
    const status = Object.keys(responses)
      .filter((code) => /^2\d\d$/.test(code))
      .sort()[0];
    const ok = status === undefined ? undefined : (responses[status] as { $ref?: string } | null);
    operations[operationId] = {
      method: method.toUpperCase(),
      path,
      security: operation.security ?? (document.security as unknown[] | undefined) ?? [],
      rateLimitCategory: (operation["x-ratelimit-category"] as string | undefined) ?? null,
      parameters: [...(pathItem.parameters ?? []), ...((operation.parameters as unknown[] | undefined) ?? [])].map((raw) =>
        toMockParameter(resolve(document, raw)),
      ),
      requestBody:
        requestContent === undefined
          ? null
          : {
              contentType: requestContent[0],
              required: (operation.requestBody as { required?: boolean }).required === true,
              schema: requestContent[1].schema ?? {},
            },
      responses,
      request: request?.$ref ?? null,
      status: status === undefined ? null : Number(status),
      response: ok?.$ref ?? null,
    };
  }
  return [
    "/** Every OAuth scope Pinterest defines, with its description (`pinterest_oauth2`). */",
    `export const scopeDescriptions: Readonly<Record<string, string>> = ${JSON.stringify(authorizationCodeFlow(document).scopes, null, 2)};`,
    "",
    "/** OpenAPI 3.0 component schemas of the pinned fragment, overlays applied. */",
    `export const componentSchemas = ${JSON.stringify(document.components?.schemas ?? {}, null, 2)} as const;`,
    "",
    "/** Each operation's method, path, security, rate-limit category, parameters, request body and responses by status. */",
    `export const operationSchemas = ${JSON.stringify(operations, null, 2)} as const;`,
    "",
  ].join("\n");
}

function toMockParameter(parameter: Json): MockParameter {
  const location = String(parameter.in);
  return {
    name: String(parameter.name),
    in: location,
    required: parameter.required === true || location === "path",
    explode: parameter.explode === undefined ? (parameter.style ?? "form") === "form" : parameter.explode === true,
    schema: parameter.schema ?? {},
  };
}

/** Follow a local `$ref` (`#/components/parameters/…`, `#/components/responses/…`) to its object. */
function resolve(document: OpenApiDocument, value: unknown): Json {
  const ref = (value as { $ref?: unknown } | null)?.$ref;
  if (typeof ref !== "string") return value as Json;
  if (!ref.startsWith("#/")) throw new Error(`generate: only local $refs are supported, got "${ref}".`);
  let target: unknown = document;
  for (const part of ref.slice(2).split("/")) {
    target = (target as Json | undefined)?.[part.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  if (target === undefined) throw new Error(`generate: ${ref} does not resolve in the fragment.`);
  return resolve(document, target);
}
