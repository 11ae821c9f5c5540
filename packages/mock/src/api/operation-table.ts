import { operationSchemas } from "../generated/schemas.js";
import type { OperationId } from "../schema/operation-validators.js";

/** The API prefix of every pinned path (`servers[0]` is `https://api.pinterest.com/v5`). */
export const API_PREFIX = "/v5";

/** Operations the token endpoints serve themselves (HTTP Basic client authentication, forms). */
const SERVED_ELSEWHERE = new Set<string>(["oauth/token", "token/revoke"]);

/** One operation of the generated table, as the router needs it. */
export interface TableOperation {
  operationId: OperationId;
  method: string;
  /** The OpenAPI path template, e.g. `/boards/{board_id}`. */
  template: string;
  /** Names of the path parameters, in order. */
  names: readonly string[];
  pattern: RegExp;
  /** OpenAPI security requirements as the spec gives them (OpenAPI 3.0.3 §4.7.30). */
  security: readonly Readonly<Record<string, readonly string[]>>[];
  rateLimitCategory: string | null;
}

/** A path matched against the table. */
export type RouteMatch =
  | { kind: "operation"; operation: TableOperation; pathParameters: Record<string, string> }
  | { kind: "method-not-allowed"; allow: readonly string[] }
  | { kind: "not-found" };

const TABLE: readonly TableOperation[] = buildTable();

function buildTable(): TableOperation[] {
  const operations: TableOperation[] = [];
  for (const [operationId, operation] of Object.entries(operationSchemas)) {
    if (SERVED_ELSEWHERE.has(operationId)) continue;
    const names: string[] = [];
    const source = operation.path
      .split("/")
      .map((segment) => {
        const name = /^\{([^}]+)\}$/.exec(segment)?.[1];
        if (name === undefined) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(name);
        return "([^/]+)";
      })
      .join("/");
    operations.push({
      operationId: operationId as OperationId,
      method: operation.method,
      template: operation.path,
      names,
      pattern: new RegExp(`^${source}$`),
      security: operation.security as unknown as TableOperation["security"],
      rateLimitCategory: operation.rateLimitCategory,
    });
  }
  // Literal segments win over parameters (`/pins/analytics` before `/pins/{pin_id}`).
  return operations.sort((a, b) => a.names.length - b.names.length);
}

/** Every operation the API router serves. */
export function tableOperations(): readonly TableOperation[] {
  return TABLE;
}

/**
 * Find the operation for a request: the first template (fewest parameters first) that matches the
 * path and has the method; a matching path without the method is 405 with the methods it has.
 * Path parameters are percent-decoded; one that does not decode leaves the path unmatched.
 */
export function matchOperation(method: string, path: string): RouteMatch {
  if (!path.startsWith(`${API_PREFIX}/`)) return { kind: "not-found" };
  const rest = path.slice(API_PREFIX.length);
  const allow = new Set<string>();
  for (const operation of TABLE) {
    const found = operation.pattern.exec(rest);
    if (found === null) continue;
    if (operation.method !== method) {
      allow.add(operation.method);
      continue;
    }
    const pathParameters: Record<string, string> = {};
    try {
      operation.names.forEach((name, i) => {
        pathParameters[name] = decodeURIComponent(found[i + 1] as string);
      });
    } catch {
      return { kind: "not-found" };
    }
    return { kind: "operation", operation, pathParameters };
  }
  return allow.size === 0 ? { kind: "not-found" } : { kind: "method-not-allowed", allow: [...allow] };
}
