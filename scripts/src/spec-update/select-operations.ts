import { listOperations, type OpenApiDocument } from "../shared/openapi.js";

/**
 * Which operations to pin, as the maintainer gave it: whole tags (OpenAPI 3.0.3 §4.7.10 `tags`),
 * single operationIds, and operationIds to leave out of those. The lock records it as given so that
 * a later `spec:update` re-applies it to a new release.
 */
export interface OperationSelection {
  tags: string[];
  operations: string[];
  excludeOperations: string[];
}

/** Operations pinned when neither the command line nor the lock gives a selection. */
export const DEFAULT_SELECTION: OperationSelection = {
  tags: [],
  operations: ["oauth/token", "token/revoke", "user_account/get"],
  excludeOperations: [],
};

/** A selection with each list deduplicated and sorted, so equal selections serialize equally. */
export function normalizeSelection(selection: Partial<OperationSelection>): OperationSelection {
  const clean = (list: readonly string[] | undefined) =>
    [...new Set((list ?? []).map((item) => item.trim()).filter(Boolean))].sort();
  return {
    tags: clean(selection.tags),
    operations: clean(selection.operations),
    excludeOperations: clean(selection.excludeOperations),
  };
}

/**
 * The operationIds a selection names in one upstream description, sorted: every operation carrying
 * one of the tags, plus the listed operations, minus the exclusions. An unknown tag or operationId is
 * an error naming it (a typo would otherwise silently pin less).
 */
export function resolveSelection(upstream: OpenApiDocument, selection: OperationSelection): string[] {
  const entries = listOperations(upstream);
  const knownIds = new Set(entries.map((entry) => entry.operationId));
  const knownTags = new Set(entries.flatMap((entry) => entry.operation.tags ?? []));
  const version = upstream.info.version;
  const missingTags = selection.tags.filter((tag) => !knownTags.has(tag));
  if (missingTags.length > 0) {
    throw new Error(
      `spec:update: no operation of upstream ${version} is tagged ${quoteAll(missingTags)}. ` +
        `Tags it uses: ${[...knownTags].sort().join(", ")}.`,
    );
  }
  const missingIds = [...selection.operations, ...selection.excludeOperations].filter((id) => !knownIds.has(id));
  if (missingIds.length > 0) {
    throw new Error(
      `spec:update: the upstream description has no operation ${quoteAll(missingIds)} (upstream ${version}). ` +
        `Pass operationIds as they appear in the file, e.g. --operations ${DEFAULT_SELECTION.operations.join(",")}.`,
    );
  }
  const tags = new Set(selection.tags);
  const chosen = new Set(selection.operations);
  for (const { operationId, operation } of entries) {
    if ((operation.tags ?? []).some((tag) => tags.has(tag))) chosen.add(operationId);
  }
  for (const id of selection.excludeOperations) chosen.delete(id);
  if (chosen.size === 0) throw new Error("spec:update: the selection resolves to no operation; give --tags or --operations.");
  return [...chosen].sort();
}

function quoteAll(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(", ");
}
