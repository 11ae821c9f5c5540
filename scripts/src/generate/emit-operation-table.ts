import {
  authorizationCodeFlow,
  listOperations,
  type OpenApiDocument,
  type OperationEntry,
  operationParameters,
} from "../shared/openapi.js";

/** One row of the generated operation table. */
export interface OperationRow {
  method: string;
  path: string;
  requestContentType: string | null;
  paginated: boolean;
  security: Record<string, string[]>[];
  rateLimitCategory: string | null;
}

/**
 * The runtime facts the client needs and types cannot carry, per operation: method and path, request
 * content type (OpenAPI 3.0.3 §4.7.13 Request Body Object), whether it pages (a `bookmark` query
 * parameter), its security requirements as given (§4.7.30, the operation's own or the document's),
 * and Pinterest's `x-ratelimit-category`; the form operations apart; plus the server URL, the authorize URL and the OAuth scope
 * list (§4.7.27 OAuth Flows Object).
 */
export function emitOperationTable(document: OpenApiDocument): string {
  const operations: Record<string, OperationRow> = {};
  for (const entry of listOperations(document)) operations[entry.operationId] = operationRow(document, entry);
  const flow = authorizationCodeFlow(document);
  const scopes = Object.keys(flow.scopes);
  const literal = (value: unknown) => JSON.stringify(value, null, 2);
  const commaSeparated: Record<string, string[]> = {};
  for (const entry of listOperations(document)) {
    const names = commaSeparatedQuery(document, entry);
    if (names.length > 0) commaSeparated[`${entry.method.toUpperCase()} ${entry.path}`] = names;
  }
  const formOperations = Object.values(operations)
    .filter((row) => row.requestContentType === "application/x-www-form-urlencoded")
    .map((row) => `${row.method} ${row.path}`);
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
    "/**",
    " * Each operation by operationId: method, path, request content type, whether it pages (takes a",
    " * `bookmark` query parameter), its security requirements (any one alternative suffices; each lists",
    " * the scopes it needs) and its `x-ratelimit-category`.",
    " */",
    `export const PINTEREST_OPERATIONS = ${literal(operations)} as const;`,
    "",
    "/**",
    " * `METHOD /path` of each operation whose request body is a form, apart from the table so that a",
    " * client that only needs these does not ship the whole table.",
    " */",
    `export const PINTEREST_FORM_OPERATIONS = ${literal(formOperations)} as const;`,
    "",
    "/**",
    " * Array query parameters declared `style: form, explode: false` (OpenAPI 3.0.3 §4.7.12.4), by",
    " * `METHOD /path`: sent comma-separated (`metric_types=IMPRESSION,SAVE`), not repeated.",
    " */",
    `export const PINTEREST_COMMA_SEPARATED_QUERY: Readonly<Record<string, readonly string[]>> = ${literal(commaSeparated)};`,
    "",
    "/** An operationId of the pinned fragment. */",
    "export type PinterestOperationId = keyof typeof PINTEREST_OPERATIONS;",
    "",
  ].join("\n");
}

function commaSeparatedQuery(document: OpenApiDocument, entry: OperationEntry): string[] {
  return operationParameters(document, entry)
    .filter((parameter) => parameter.in === "query" && parameter.explode === false && (parameter.style ?? "form") === "form")
    .filter((parameter) => (parameter.schema as { type?: unknown } | undefined)?.type === "array")
    .map((parameter) => parameter.name as string);
}

function operationRow(document: OpenApiDocument, entry: OperationEntry): OperationRow {
  const { method, path, operation } = entry;
  const contentTypes = Object.keys(operation.requestBody?.content ?? {});
  const paginated = operationParameters(document, entry).some(
    ({ name, in: location }) => name === "bookmark" && location === "query",
  );
  const category = operation["x-ratelimit-category"];
  return {
    method: method.toUpperCase(),
    path,
    requestContentType: contentTypes[0] ?? null,
    paginated,
    security: operation.security ?? document.security ?? [],
    rateLimitCategory: typeof category === "string" ? category : null,
  };
}
