import { createHash } from "node:crypto";

/** Hex sha256 of a file's exact bytes, the hash the lock file records. */
export function sha256(bytes: string | Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
