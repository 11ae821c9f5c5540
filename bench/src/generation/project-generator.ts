/**
 * The project's own generation code (scripts/src/generate), imported by path: the scripts package
 * is private and has no exports map, and the bench must time exactly the code `pnpm generate` runs.
 */
export { emitOperationTable } from "../../../scripts/src/generate/emit-operation-table.js";
export { emitSchemaTypes } from "../../../scripts/src/generate/emit-schema-types.js";
export { loadOverlaidSpec } from "../../../scripts/src/generate/generate-files.js";
export type { OpenApiDocument } from "../../../scripts/src/shared/openapi.js";
export { specLayout } from "../../../scripts/src/shared/repo-paths.js";
export { stableJson } from "../../../scripts/src/shared/stable-json.js";
