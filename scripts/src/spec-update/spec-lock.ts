import { sha256 } from "../shared/sha256.js";
import { stableJson } from "../shared/stable-json.js";
import { normalizeSelection, type OperationSelection } from "./select-operations.js";

/**
 * What `spec/spec.lock.json` records about the pinned fragment and where it came from: the
 * selection as the maintainer gave it, and the operationIds it resolved to in that release.
 */
export interface SpecLock {
  upstream: { source: string; version: string; sha256: string };
  selection: OperationSelection;
  operations: string[];
  fragment: { path: string; sha256: string };
}

/** Build the lock for a fragment serialized as `fragmentText`. */
export function createSpecLock(options: {
  source: string;
  upstreamVersion: string;
  upstreamBytes: string | Uint8Array;
  selection: OperationSelection;
  operations: readonly string[];
  fragmentText: string;
}): SpecLock {
  return {
    upstream: { source: options.source, version: options.upstreamVersion, sha256: sha256(options.upstreamBytes) },
    selection: normalizeSelection(options.selection),
    operations: [...options.operations],
    fragment: { path: "spec/pinterest-v5.json", sha256: sha256(options.fragmentText) },
  };
}

/**
 * The selection a lock records. A lock written before selections were recorded lists only
 * operationIds; those are then the selection.
 */
export function recordedSelection(lock: Partial<SpecLock>): OperationSelection | undefined {
  if (lock.selection) return normalizeSelection(lock.selection);
  if (lock.operations?.length) return normalizeSelection({ operations: lock.operations });
  return undefined;
}

/** The lock's file text. */
export function serializeSpecLock(lock: SpecLock): string {
  return stableJson(lock);
}

/** Throws, naming the lock, when the fragment's bytes no longer match the hash the lock records. */
export function assertFragmentMatchesLock(fragmentText: string, lock: SpecLock, lockPath = "spec/spec.lock.json"): void {
  const actual = sha256(fragmentText);
  if (actual !== lock.fragment.sha256) {
    throw new Error(
      `${lockPath} pins ${lock.fragment.path} at sha256 ${lock.fragment.sha256}, but the file hashes to ${actual}. ` +
        "The fragment was edited by hand: restore it with `git checkout spec/`, or re-pin it with `pnpm spec:update --from <upstream>`. " +
        "Corrections to the spec belong in spec/overlays/.",
    );
  }
}
