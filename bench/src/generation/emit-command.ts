/**
 * The project's generation as one command on any spec file, for whole-command timings beside
 * openapi-generator's: read the document, emit the schema types and the operation table, write
 * both. Usage: tsx emit-command.ts <spec.json> <out-dir>
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { emitOperationTable, emitSchemaTypes, type OpenApiDocument } from "./project-generator.js";

const [specFile, outDir] = process.argv.slice(2);
if (!specFile || !outDir) {
  console.error("usage: emit-command <spec.json> <out-dir>");
  process.exit(2);
}
const document = JSON.parse(await readFile(specFile, "utf8")) as OpenApiDocument;
await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, "schema.ts"), await emitSchemaTypes(document));
await writeFile(join(outDir, "operations.ts"), emitOperationTable(document));
