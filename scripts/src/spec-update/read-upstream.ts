import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import type { OpenApiDocument } from "../shared/openapi.js";

/** An upstream description as read: its bytes, its parsed form, and how the lock names it. */
export interface UpstreamSpec {
  bytes: Uint8Array;
  document: OpenApiDocument;
  source: string;
}

/**
 * Read the upstream description from a file or an https URL. A local file is named in the lock by
 * its path relative to the repository, so no machine's absolute path is ever committed.
 */
export async function readUpstream(from: string, options: { repoRoot: string; cwd?: string }): Promise<UpstreamSpec> {
  if (/^[a-z]+:\/\//i.test(from)) {
    if (!from.startsWith("https://")) throw new Error(`spec:update: --from ${from} is not an https URL or a file path.`);
    const response = await fetch(from);
    if (!response.ok) throw new Error(`spec:update: fetching ${from} answered ${response.status} ${response.statusText}.`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { bytes, document: parseDescription(bytes, from), source: from };
  }
  const path = resolve(options.cwd ?? process.cwd(), from);
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      `spec:update: cannot read --from ${from} (${error.code ?? error.message}). Give the path of Pinterest's openapi.json.`,
    );
  });
  return { bytes, document: parseDescription(bytes, from), source: relative(options.repoRoot, path).split("\\").join("/") };
}

function parseDescription(bytes: Uint8Array, from: string): OpenApiDocument {
  let document: unknown;
  try {
    document = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new Error(`spec:update: ${from} is not JSON (${(error as Error).message}).`);
  }
  const candidate = document as Partial<OpenApiDocument>;
  if (typeof candidate?.openapi !== "string" || !candidate.paths || typeof candidate.info?.version !== "string") {
    throw new Error(`spec:update: ${from} is not an OpenAPI description (no openapi, info.version or paths).`);
  }
  return document as OpenApiDocument;
}
