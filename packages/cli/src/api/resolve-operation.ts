import { PINTEREST_OPERATIONS, type PinterestOperationId } from "@pinterest-kit/client";
import { distance } from "fastest-levenshtein";

/** A pinned operation matched by a concrete path such as `/boards/123/pins`. */
export interface ResolvedOperation {
  operationId: PinterestOperationId;
  method: string;
  /** The path template of the spec, `/boards/{board_id}/pins`. */
  template: string;
  /** The template's parameters taken from the concrete path, decoded. */
  pathParams: Record<string, string>;
}

type Operation = (typeof PINTEREST_OPERATIONS)[PinterestOperationId];
const OPERATIONS = Object.entries(PINTEREST_OPERATIONS) as [PinterestOperationId, Operation][];

/**
 * Match `METHOD path` against the pinned operations (OpenAPI 3.0.3 §4.7.8 path templating: a
 * `{name}` segment matches one non-empty segment; a literal segment wins over a template one, so
 * `/pins/analytics` is not `/pins/{pin_id}`). A leading `/v5` and a query string are ignored.
 */
export function resolveOperation(method: string, path: string): ResolvedOperation | undefined {
  const wanted = method.toUpperCase();
  const segments = pathSegments(path);
  let best: { resolved: ResolvedOperation; literals: number } | undefined;
  for (const [operationId, operation] of OPERATIONS) {
    if (operation.method !== wanted) continue;
    const template = pathSegments(operation.path);
    if (template.length !== segments.length) continue;
    const pathParams: Record<string, string> = {};
    let literals = 0;
    const matches = template.every((part, index) => {
      const given = segments[index] as string;
      const name = /^\{(.+)\}$/.exec(part)?.[1];
      if (name === undefined) {
        literals++;
        return part === given;
      }
      pathParams[name] = decodeURIComponent(given);
      return given !== "";
    });
    if (matches && (best === undefined || literals > best.literals)) {
      best = { resolved: { operationId, method: wanted, template: operation.path, pathParams }, literals };
    }
  }
  return best?.resolved;
}

/** The pinned `METHOD /path` templates nearest to what was typed, for an "unknown path" error. */
export function closestOperations(method: string, path: string, count = 3): string[] {
  const typed = `${method.toUpperCase()} /${pathSegments(path).join("/")}`;
  return OPERATIONS.map(([, operation]) => `${operation.method} ${operation.path}`)
    .map((candidate) => ({ candidate, score: distance(typed, candidate) }))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

function pathSegments(path: string): string[] {
  const bare = path.split("?")[0]?.replace(/^\/?v5(?=\/|$)/, "") ?? "";
  return bare.split("/").filter((segment, index) => index > 0 || segment !== "");
}
