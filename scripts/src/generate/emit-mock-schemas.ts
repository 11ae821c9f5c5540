import { authorizationCodeFlow, listOperations, type OpenApiDocument } from "../shared/openapi.js";

/**
 * The overlaid component schemas, per operation which schema its request and 200 response use, and
 * the OAuth scopes (OpenAPI 3.0.3 §4.7.27), so the mock validates with the same definitions the
 * client is typed by without reading spec/ or depending on the client.
 */
export function emitMockSchemas(document: OpenApiDocument): string {
  const operations: Record<string, { request: string | null; response: string | null }> = {};
  for (const { operationId, operation } of listOperations(document)) {
    const request = Object.values(operation.requestBody?.content ?? {})[0] as { schema?: { $ref?: string } } | undefined;
    const responses = operation.responses as
      | Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>
      | undefined;
    const response = Object.values(responses?.["200"]?.content ?? {})[0];
    operations[operationId] = { request: request?.schema?.$ref ?? null, response: response?.schema?.$ref ?? null };
  }
  return [
    "/** Every OAuth scope Pinterest defines, with its description (`pinterest_oauth2`). */",
    `export const scopeDescriptions: Readonly<Record<string, string>> = ${JSON.stringify(authorizationCodeFlow(document).scopes, null, 2)};`,
    "",
    "/** OpenAPI 3.0 component schemas of the pinned fragment, overlays applied. */",
    `export const componentSchemas = ${JSON.stringify(document.components?.schemas ?? {}, null, 2)} as const;`,
    "",
    "/** The `$ref` of each operation's request body and 200 response schema. */",
    `export const operationSchemas = ${JSON.stringify(operations, null, 2)} as const;`,
    "",
  ].join("\n");
}
