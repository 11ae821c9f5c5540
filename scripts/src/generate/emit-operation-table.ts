import { authorizationCodeFlow, listOperations, type OpenApiDocument } from "../shared/openapi.js";

/**
 * The runtime facts the client needs and types cannot carry: each operation's method, path and
 * request content type (OpenAPI 3.0.3 §4.7.13 Request Body Object), the server URL, the authorize
 * URL and the OAuth scope list (§4.7.27 OAuth Flows Object).
 */
export function emitOperationTable(document: OpenApiDocument): string {
  const operations: Record<string, { method: string; path: string; requestContentType: string | null }> = {};
  for (const { operationId, method, path, operation } of listOperations(document)) {
    const contentTypes = Object.keys(operation.requestBody?.content ?? {});
    operations[operationId] = { method: method.toUpperCase(), path, requestContentType: contentTypes[0] ?? null };
  }
  const flow = authorizationCodeFlow(document);
  const scopes = Object.keys(flow.scopes);
  const literal = (value: unknown) => JSON.stringify(value, null, 2);
  return [
    "/** The Pinterest API v5 release this client was generated from. */",
    `export const PINTEREST_API_VERSION = ${JSON.stringify(document.info.version)};`,
    "",
    "/** Default server URL (OpenAPI `servers[0]`). */",
    `export const PINTEREST_SERVER_URL = ${JSON.stringify(document.servers?.[0]?.url ?? "")};`,
    "",
    "/** Where users grant access (`pinterest_oauth2` authorizationCode flow). */",
    `export const PINTEREST_AUTHORIZATION_URL = ${JSON.stringify(flow.authorizationUrl)};`,
    "",
    "/** Every OAuth scope Pinterest defines, with its description. */",
    `export const PINTEREST_SCOPE_DESCRIPTIONS = ${literal(flow.scopes)} as const;`,
    "",
    "/** Every OAuth scope Pinterest defines. */",
    `export const PINTEREST_SCOPES = ${literal(scopes)} as const;`,
    "",
    "/** One OAuth scope. */",
    "export type PinterestScope = (typeof PINTEREST_SCOPES)[number];",
    "",
    "/** Method, path and request content type of each operation, by operationId. */",
    `export const PINTEREST_OPERATIONS = ${literal(operations)} as const;`,
    "",
    "/** An operationId of the pinned fragment. */",
    "export type PinterestOperationId = keyof typeof PINTEREST_OPERATIONS;",
    "",
  ].join("\n");
}
