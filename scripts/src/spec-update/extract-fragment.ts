import { getDefaultSortSet, openapiFilter, openapiSort } from "openapi-format";
import { sortKeysDeep } from "../shared/canonical-json.js";
import { listOperations, type OpenApiDocument, type SecurityScheme } from "../shared/openapi.js";

/**
 * Security schemes the authorization flow needs even when no kept operation names them:
 * `basic` authenticates the client at the token endpoint, `pinterest_oauth2` carries the
 * authorize URL and the scope list (OpenAPI 3.0.3 §4.7.27, Security Scheme Object).
 */
export const FLOW_SECURITY_SCHEMES = ["basic", "pinterest_oauth2"] as const;

const COMPONENT_TYPES = ["schemas", "parameters", "responses", "requestBodies", "headers", "examples", "links", "callbacks"];

/**
 * Extract the chosen operations with their whole `$ref` closure (discriminator mappings included,
 * which openapi-format's `unusedComponents` filter follows) and the security schemes they use.
 * Upstream content is kept as it is; only key order is normalised so that the output is stable.
 */
export async function extractFragment(upstream: OpenApiDocument, operationIds: readonly string[]): Promise<OpenApiDocument> {
  assertOperationsExist(upstream, operationIds);
  const filtered = await openapiFilter(structuredClone(upstream), {
    filterSet: { inverseOperationIds: [...operationIds], unusedComponents: COMPONENT_TYPES },
  });
  const fragment = filtered.data as OpenApiDocument;
  keepUsedSecuritySchemes(fragment, upstream);
  keepUsedTags(fragment);
  // openapi-format orders the keys it knows (openapi, info, paths, …); the rest would keep upstream's
  // order, so sort everything alphabetically first and the pin no longer depends on how upstream
  // happened to order its keys.
  const sorted = await openapiSort(sortKeysDeep(fragment), {
    sort: true,
    sortSet: await getDefaultSortSet(),
    sortComponentsSet: ["schemas", "parameters", "securitySchemes"],
  });
  return sorted.data as OpenApiDocument;
}

function assertOperationsExist(upstream: OpenApiDocument, operationIds: readonly string[]): void {
  const known = new Set(listOperations(upstream).map((entry) => entry.operationId));
  const missing = operationIds.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new Error(
      `spec:update: the upstream description has no operation ${missing.map((id) => `"${id}"`).join(", ")} ` +
        `(upstream ${upstream.info.version}). Pass operationIds as they appear in the file.`,
    );
  }
}

function keepUsedSecuritySchemes(fragment: OpenApiDocument, upstream: OpenApiDocument): void {
  const all = upstream.components?.securitySchemes ?? {};
  const used = new Set<string>(FLOW_SECURITY_SCHEMES.filter((name) => name in all));
  for (const { operation } of listOperations(fragment)) {
    for (const requirement of operation.security ?? []) for (const name of Object.keys(requirement)) used.add(name);
  }
  const kept: Record<string, SecurityScheme> = {};
  for (const name of [...used].sort()) {
    const scheme = all[name];
    if (!scheme)
      throw new Error(`spec:update: an operation requires security scheme "${name}", which the upstream file does not define.`);
    kept[name] = scheme;
  }
  fragment.components = { ...fragment.components, securitySchemes: kept };
}

function keepUsedTags(fragment: OpenApiDocument): void {
  const used = new Set(listOperations(fragment).flatMap(({ operation }) => operation.tags ?? []));
  if (fragment.tags) fragment.tags = fragment.tags.filter((tag) => used.has(tag.name));
  const groups = fragment["x-tagGroups"] as { name: string; tags: string[] }[] | undefined;
  if (groups) {
    fragment["x-tagGroups"] = groups
      .map((group) => ({ ...group, tags: group.tags.filter((tag) => used.has(tag)) }))
      .filter((group) => group.tags.length > 0);
  }
}
