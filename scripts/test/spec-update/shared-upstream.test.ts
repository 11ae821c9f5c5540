import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { repoRoot, specLayout } from "../../src/shared/repo-paths.js";
import { stableJson } from "../../src/shared/stable-json.js";
import { extractFragment } from "../../src/spec-update/extract-fragment.js";
import { readUpstream } from "../../src/spec-update/read-upstream.js";
import { resolveSelection } from "../../src/spec-update/select-operations.js";
import type { SpecLock } from "../../src/spec-update/spec-lock.js";

// The pin must be reproducible from the upstream file it names. A user's fresh clone has no
// ../shared, so there the test says why it does not run.
const lock = JSON.parse(await readFile(specLayout().lock, "utf8")) as SpecLock;
const upstreamPath = join(repoRoot, lock.upstream.source);
const present = existsSync(upstreamPath);
if (!present) console.log(`skipped: the pinned upstream ${lock.upstream.source} is not in this checkout's parent folder.`);

describe.skipIf(!present)("the committed pin", () => {
  test("is exactly what spec:update extracts from the upstream file the lock names", async () => {
    const upstream = await readUpstream(lock.upstream.source, { repoRoot, cwd: repoRoot });
    const fragment = stableJson(await extractFragment(upstream.document, lock.operations));
    expect(fragment).toBe(await readFile(specLayout().fragment, "utf8"));
  });

  test("its recorded selection resolves to exactly the operations it lists", async () => {
    const upstream = await readUpstream(lock.upstream.source, { repoRoot, cwd: repoRoot });
    expect(resolveSelection(upstream.document, lock.selection)).toEqual(lock.operations);
    expect(lock.operations).toHaveLength(41);
  });
});
