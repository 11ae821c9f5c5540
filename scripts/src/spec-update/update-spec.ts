import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { OpenApiDocument } from "../shared/openapi.js";
import type { SpecLayout } from "../shared/repo-paths.js";
import { stableJson } from "../shared/stable-json.js";
import { diffFragments, type SpecChange } from "./change-report.js";
import { extractFragment } from "./extract-fragment.js";
import type { UpstreamSpec } from "./read-upstream.js";
import { createSpecLock, type SpecLock, serializeSpecLock } from "./spec-lock.js";

export interface SpecUpdateResult {
  lock: SpecLock;
  changes: SpecChange[];
  firstPin: boolean;
}

/** Extract the fragment from an upstream description, write it and its lock, and diff against the previous pin. */
export async function updateSpec(
  upstream: UpstreamSpec,
  operations: readonly string[],
  layout: SpecLayout,
): Promise<SpecUpdateResult> {
  const previous = await readJsonIfPresent<OpenApiDocument>(layout.fragment);
  const fragment = await extractFragment(upstream.document, operations);
  const fragmentText = stableJson(fragment);
  const lock = createSpecLock({
    source: upstream.source,
    upstreamVersion: upstream.document.info.version,
    upstreamBytes: upstream.bytes,
    operations,
    fragmentText,
  });
  await mkdir(dirname(layout.fragment), { recursive: true });
  await writeFile(layout.fragment, fragmentText);
  await writeFile(layout.lock, serializeSpecLock(lock));
  return { lock, changes: diffFragments(previous, fragment), firstPin: previous === undefined };
}

async function readJsonIfPresent<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
