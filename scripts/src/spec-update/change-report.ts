import { sameJson } from "../shared/canonical-json.js";
import { effectiveFields, type FieldInfo } from "../shared/effective-fields.js";
import { listOperations, type OpenApiDocument } from "../shared/openapi.js";
import type { OperationSelection } from "./select-operations.js";

export type ChangeKind = "added" | "removed" | "changed";

/** One line of the change report between two pinned fragments. */
export interface SpecChange {
  subject: "operation" | "schema" | "field";
  name: string;
  kind: ChangeKind;
  breaking: boolean;
  detail?: string;
}

/** What the report may say about why an operation appeared or disappeared. */
export interface DiffContext {
  /** The selection both pins were made with. */
  selection?: OperationSelection;
  /** The upstream description the next pin was extracted from. */
  upstream?: OpenApiDocument;
}

/**
 * Compare two fragments: operations, schemas and the effective fields of each schema (`allOf`
 * resolved, `$ref` parts included). Removals, type changes and newly required fields are breaking.
 * With the selection, an operation that appeared or disappeared says which selected tag it came
 * with or left.
 */
export function diffFragments(
  previous: OpenApiDocument | undefined,
  next: OpenApiDocument,
  context: DiffContext = {},
): SpecChange[] {
  if (!previous) return [];
  return [...diffOperations(previous, next, context), ...diffSchemas(previous, next)];
}

function diffOperations(previous: OpenApiDocument, next: OpenApiDocument, context: DiffContext): SpecChange[] {
  const before = new Map(listOperations(previous).map((entry) => [entry.operationId, entry]));
  const after = new Map(listOperations(next).map((entry) => [entry.operationId, entry]));
  const changes: SpecChange[] = [];
  for (const [id, entry] of after) {
    const old = before.get(id);
    if (!old) {
      const detail = selectedTagsOf(entry.operation.tags, context.selection)
        .map((tag) => `new under tag ${tag}`)
        .join(", ");
      changes.push({ subject: "operation", name: id, kind: "added", breaking: false, ...(detail ? { detail } : {}) });
    } else if (old.method !== entry.method || old.path !== entry.path) {
      const detail = `${old.method.toUpperCase()} ${old.path} → ${entry.method.toUpperCase()} ${entry.path}`;
      changes.push({ subject: "operation", name: id, kind: "changed", breaking: true, detail });
    } else if (!sameJson(old.operation, entry.operation)) {
      changes.push({ subject: "operation", name: id, kind: "changed", breaking: false });
    }
  }
  const upstreamIds = context.upstream
    ? new Map(listOperations(context.upstream).map((entry) => [entry.operationId, entry]))
    : undefined;
  for (const [id, entry] of before) {
    if (after.has(id)) continue;
    const detail = removalReason(entry.operation.tags, upstreamIds?.get(id)?.operation.tags, upstreamIds !== undefined, context);
    changes.push({ subject: "operation", name: id, kind: "removed", breaking: true, ...(detail ? { detail } : {}) });
  }
  return changes;
}

function selectedTagsOf(tags: readonly string[] | undefined, selection: OperationSelection | undefined): string[] {
  const selected = new Set(selection?.tags ?? []);
  return (tags ?? []).filter((tag) => selected.has(tag));
}

function removalReason(
  tagsBefore: readonly string[] | undefined,
  tagsNow: readonly string[] | undefined,
  upstreamKnown: boolean,
  context: DiffContext,
): string | undefined {
  if (upstreamKnown && tagsNow === undefined) return "gone from upstream";
  const left = selectedTagsOf(tagsBefore, context.selection).filter((tag) => !(tagsNow ?? []).includes(tag));
  if (left.length > 0) return left.map((tag) => `no longer tagged ${tag}`).join(", ");
  return undefined;
}

function diffSchemas(previous: OpenApiDocument, next: OpenApiDocument): SpecChange[] {
  const before = previous.components?.schemas ?? {};
  const after = next.components?.schemas ?? {};
  const changes: SpecChange[] = [];
  for (const [name, schema] of Object.entries(after)) {
    const old = before[name];
    if (!old) {
      changes.push({ subject: "schema", name, kind: "added", breaking: false });
      continue;
    }
    // A schema whose own JSON is unchanged can still change shape through a parent it `$ref`s.
    const fieldChanges = diffFields(name, effectiveFields(old, before), effectiveFields(schema, after));
    if (fieldChanges.length > 0 || !sameJson(old, schema)) {
      const breaking = fieldChanges.some((change) => change.breaking);
      const detail = fieldChanges.length === 0 ? { detail: "same effective fields" } : {};
      changes.push({ subject: "schema", name, kind: "changed", breaking, ...detail }, ...fieldChanges);
    }
  }
  for (const name of Object.keys(before)) {
    if (!(name in after)) changes.push({ subject: "schema", name, kind: "removed", breaking: true });
  }
  return changes;
}

function diffFields(schemaName: string, before: Map<string, FieldInfo>, after: Map<string, FieldInfo>): SpecChange[] {
  const changes: SpecChange[] = [];
  for (const [field, info] of after) {
    const old = before.get(field);
    const name = `${schemaName}.${field}`;
    if (!old) {
      changes.push({
        subject: "field",
        name,
        kind: "added",
        breaking: info.required,
        detail: info.required ? "required" : undefined,
      });
    } else if (old.type !== info.type) {
      changes.push({ subject: "field", name, kind: "changed", breaking: true, detail: `type ${old.type} → ${info.type}` });
    } else if (!old.required && info.required) {
      changes.push({ subject: "field", name, kind: "changed", breaking: true, detail: "now required" });
    } else if (old.required && !info.required) {
      changes.push({ subject: "field", name, kind: "changed", breaking: false, detail: "now optional" });
    } else if (old.json !== info.json) {
      changes.push({ subject: "field", name, kind: "changed", breaking: false });
    }
  }
  for (const field of before.keys()) {
    if (!after.has(field)) changes.push({ subject: "field", name: `${schemaName}.${field}`, kind: "removed", breaking: true });
  }
  return changes;
}

/** Human-readable lines for the terminal, breaking changes flagged. */
export function formatChangeReport(changes: readonly SpecChange[]): string {
  if (changes.length === 0) return "No changes against the previous pin.";
  const breaking = changes.filter((change) => change.breaking).length;
  const lines = changes.map((change) => {
    const sign = change.kind === "added" ? "+" : change.kind === "removed" ? "-" : "~";
    const flag = change.breaking ? " [BREAKING]" : "";
    const detail = change.detail ? ` (${change.detail})` : "";
    return `  ${sign} ${change.subject} ${change.name}${detail}${flag}`;
  });
  return [`${changes.length} change(s) against the previous pin, ${breaking} breaking:`, ...lines].join("\n");
}
