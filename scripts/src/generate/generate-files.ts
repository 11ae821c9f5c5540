import { readFile } from "node:fs/promises";
import type { OpenApiDocument } from "../shared/openapi.js";
import type { SpecLayout } from "../shared/repo-paths.js";
import { assertFragmentMatchesLock, type SpecLock } from "../spec-update/spec-lock.js";
import { applyOverlays, readOverlays } from "./apply-overlays.js";
import { emitMockSchemas } from "./emit-mock-schemas.js";
import { emitOperationTable } from "./emit-operation-table.js";
import { emitSchemaTypes } from "./emit-schema-types.js";
import { generatedHeader } from "./generated-header.js";

/** Where each generated file goes, relative to the repository root. */
export const GENERATED_FILES = {
  schema: "packages/client/src/generated/schema.ts",
  operations: "packages/client/src/generated/operations.ts",
  mockSchemas: "packages/mock/src/generated/schemas.ts",
  /** The same types as the client's, so the mock's seeds and snapshots are typed without depending on it. */
  mockTypes: "packages/mock/src/generated/types.ts",
} as const;

/** Read the pin, check it against its lock, and apply the overlays. */
export async function loadOverlaidSpec(layout: SpecLayout): Promise<{ document: OpenApiDocument; lock: SpecLock }> {
  const [fragmentText, lockText] = await Promise.all([readFile(layout.fragment, "utf8"), readFile(layout.lock, "utf8")]);
  const lock = JSON.parse(lockText) as SpecLock;
  assertFragmentMatchesLock(fragmentText, lock);
  const document = await applyOverlays(JSON.parse(fragmentText) as OpenApiDocument, await readOverlays(layout.overlaysDir));
  return { document, lock };
}

/** Every generated file's path and content, computed in memory; nothing is written here. */
export async function generateFiles(layout: SpecLayout): Promise<Map<string, string>> {
  const { document, lock } = await loadOverlaidSpec(layout);
  const header = generatedHeader(lock);
  const types = await emitSchemaTypes(document);
  return new Map([
    [GENERATED_FILES.schema, header + types],
    [GENERATED_FILES.operations, header + emitOperationTable(document)],
    [GENERATED_FILES.mockSchemas, header + emitMockSchemas(document)],
    [GENERATED_FILES.mockTypes, header + types],
  ]);
}
