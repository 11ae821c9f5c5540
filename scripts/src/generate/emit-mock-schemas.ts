import { authorizationCodeFlow, listOperations, type OpenApiDocument } from "../shared/openapi.js";

/**
 * The overlaid component schemas, per operation which schema its request and success response use, and
 * the OAuth scopes (OpenAPI 3.0.3 §4.7.27), so the mock validates with the same definitions the
 * client is typed by without reading spec/ or depending on the client.
 */
export function emitMockSchemas(document: OpenApiDocument): string {
  const operations: Record<string, { request: string | null; status: number | null; response: string | null }> = {};
  for (const { operationId, operation } of listOperations(document)) {
    const request = Object.values(operation.requestBody?.content ?? {})[0] as { schema?: { $ref?: string } } | undefined;
    const responses = (operation.responses ?? {}) as Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
    // The success answer: the lowest 2XX status the operation declares (OpenAPI 3.0.3 §4.7.16).
    const status = Object.keys(responses)
      .filter((code) => /^2\d\d$/.test(code))
      .sort()[0];
    const response = status ? Object.values(responses[status]?.content ?? {})[0] : undefined;
    operations[operationId] = {
      request: request?.schema?.$ref ?? null,
      status: status ? Number(status) : null,
      response: response?.schema?.$ref ?? null,
    };
  }
  return [
    "/** Every OAuth scope Pinterest defines, with its description (`pinterest_oauth2`). */",
    `export const scopeDescriptions: Readonly<Record<string, string>> = ${JSON.stringify(authorizationCodeFlow(document).scopes, null, 2)};`,
    "",
    "/** OpenAPI 3.0 component schemas of the pinned fragment, overlays applied. */",
    `export const componentSchemas = ${JSON.stringify(document.components?.schemas ?? {}, null, 2)} as const;`,
    "",
    "/** Each operation's request body `$ref`, its success status and that response's schema `$ref`. */",
    `export const operationSchemas = ${JSON.stringify(operations, null, 2)} as const;`,
    "",
  ].join("\n");
}
