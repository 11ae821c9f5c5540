import { sameJson, sortKeysDeep } from "../shared/canonical-json.js";
import { type JsonSchema, listOperations, type OpenApiDocument } from "../shared/openapi.js";

export type ChangeKind = "added" | "removed" | "changed";

/** One line of the change report between two pinned fragments. */
export interface SpecChange {
  subject: "operation" | "schema" | "field";
  name: string;
  kind: ChangeKind;
  breaking: boolean;
  detail?: string;
}

/**
 * Compare two fragments: operations, schemas and the fields of each schema (its own properties and
 * those of its `allOf` parts). Removals, type changes and newly required fields are breaking.
 */
export function diffFragments(previous: OpenApiDocument | undefined, next: OpenApiDocument): SpecChange[] {
  if (!previous) return [];
  return [...diffOperations(previous, next), ...diffSchemas(previous, next)];
}

function diffOperations(previous: OpenApiDocument, next: OpenApiDocument): SpecChange[] {
  const before = new Map(listOperations(previous).map((entry) => [entry.operationId, entry]));
  const after = new Map(listOperations(next).map((entry) => [entry.operationId, entry]));
  const changes: SpecChange[] = [];
  for (const [id, entry] of after) {
    const old = before.get(id);
    if (!old) changes.push({ subject: "operation", name: id, kind: "added", breaking: false });
    else if (old.method !== entry.method || old.path !== entry.path) {
      const detail = `${old.method.toUpperCase()} ${old.path} → ${entry.method.toUpperCase()} ${entry.path}`;
      changes.push({ subject: "operation", name: id, kind: "changed", breaking: true, detail });
    } else if (!sameJson(old.operation, entry.operation)) {
      changes.push({ subject: "operation", name: id, kind: "changed", breaking: false });
    }
  }
  for (const id of before.keys()) {
    if (!after.has(id)) changes.push({ subject: "operation", name: id, kind: "removed", breaking: true });
  }
  return changes;
}

function diffSchemas(previous: OpenApiDocument, next: OpenApiDocument): SpecChange[] {
  const before = previous.components?.schemas ?? {};
  const after = next.components?.schemas ?? {};
  const changes: SpecChange[] = [];
  for (const [name, schema] of Object.entries(after)) {
    const old = before[name];
    if (!old) changes.push({ subject: "schema", name, kind: "added", breaking: false });
    else if (!sameJson(old, schema)) {
      const fieldChanges = diffFields(name, old, schema);
      const breaking = fieldChanges.some((change) => change.breaking);
      changes.push({ subject: "schema", name, kind: "changed", breaking }, ...fieldChanges);
    }
  }
  for (const name of Object.keys(before)) {
    if (!(name in after)) changes.push({ subject: "schema", name, kind: "removed", breaking: true });
  }
  return changes;
}

function diffFields(schemaName: string, previous: JsonSchema, next: JsonSchema): SpecChange[] {
  const before = collectFields(previous);
  const after = collectFields(next);
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

interface FieldInfo {
  type: string;
  required: boolean;
  json: string;
}

function collectFields(schema: JsonSchema): Map<string, FieldInfo> {
  const parts = [schema, ...((schema.allOf as JsonSchema[] | undefined) ?? [])];
  const required = new Set(parts.flatMap((part) => (part.required as string[] | undefined) ?? []));
  const fields = new Map<string, FieldInfo>();
  for (const part of parts) {
    for (const [field, property] of Object.entries((part.properties as Record<string, JsonSchema> | undefined) ?? {})) {
      const type = typeof property.$ref === "string" ? property.$ref : String(property.type ?? "any");
      fields.set(field, { type, required: required.has(field), json: JSON.stringify(sortKeysDeep(property)) });
    }
  }
  return fields;
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
