import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { OpenApiDocument } from "../shared/openapi.js";
import type { SpecLayout } from "../shared/repo-paths.js";
import { stableJson } from "../shared/stable-json.js";
import { diffFragments, type SpecChange } from "./change-report.js";
import { extractFragment } from "./extract-fragment.js";
import type { UpstreamSpec } from "./read-upstream.js";
import { DEFAULT_SELECTION, type OperationSelection, resolveSelection } from "./select-operations.js";
import { createSpecLock, recordedSelection, type SpecLock, serializeSpecLock } from "./spec-lock.js";

export interface SpecUpdateResult {
  lock: SpecLock;
  changes: SpecChange[];
  firstPin: boolean;
  /** Where the selection came from: the caller, the previous lock, or the default. */
  selectionFrom: "given" | "lock" | "default";
}

/**
 * Extract the fragment from an upstream description, write it and its lock, and diff against the
 * previous pin. Without a `selection` the one the previous lock records is applied again.
 */
export async function updateSpec(
  upstream: UpstreamSpec,
  layout: SpecLayout,
  options: { selection?: OperationSelection } = {},
): Promise<SpecUpdateResult> {
  const previous = await readJsonIfPresent<OpenApiDocument>(layout.fragment);
  const previousLock = await readJsonIfPresent<Partial<SpecLock>>(layout.lock);
  const fromLock = previousLock ? recordedSelection(previousLock) : undefined;
  const selection = options.selection ?? fromLock ?? DEFAULT_SELECTION;
  const operations = resolveSelection(upstream.document, selection);
  const fragment = await extractFragment(upstream.document, operations);
  const fragmentText = stableJson(fragment);
  const lock = createSpecLock({
    source: upstream.source,
    upstreamVersion: upstream.document.info.version,
    upstreamBytes: upstream.bytes,
    selection,
    operations,
    fragmentText,
  });
  await mkdir(dirname(layout.fragment), { recursive: true });
  await writeFile(layout.fragment, fragmentText);
  await writeFile(layout.lock, serializeSpecLock(lock));
  return {
    lock,
    changes: diffFragments(previous, fragment, { selection, upstream: upstream.document }),
    firstPin: previous === undefined,
    selectionFrom: options.selection ? "given" : fromLock ? "lock" : "default",
  };
}

async function readJsonIfPresent<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
