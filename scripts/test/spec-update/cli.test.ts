import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { repoRoot, specLayout } from "../../src/shared/repo-paths.js";
import { miniUpstream, reverseKeys } from "../fixtures/mini-upstream.js";

const cli = join(repoRoot, "scripts/src/spec-update/cli.ts");
function runSpecUpdate(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", cli, "--root", root, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

let root: string;
let upstreamFile: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "pinterest-kit-spec-cli-"));
  await mkdir(join(root, "upstream"));
  upstreamFile = join(root, "upstream", "openapi.json");
  await writeFile(upstreamFile, JSON.stringify(miniUpstream()));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const pinned = async () => Promise.all([readFile(specLayout(root).fragment, "utf8"), readFile(specLayout(root).lock, "utf8")]);

describe("pnpm spec:update --tags", () => {
  test("is deterministic: the same selection from a reordered file gives byte-identical files", async () => {
    const selected = ["--tags", "pins,oauth", "--exclude-operations", "user_account/get"];
    expect(runSpecUpdate(root, "--from", upstreamFile, ...selected)).toMatchObject({ status: 0 });
    const first = await pinned();
    await writeFile(upstreamFile, JSON.stringify(reverseKeys(miniUpstream())));
    const again = runSpecUpdate(root, "--from", upstreamFile, "--tags", "oauth,pins", "--exclude-operations", "user_account/get");
    expect(again.status).toBe(0);
    const [fragment, lock] = await pinned();
    expect(fragment).toBe(first[0]);
    // Only the upstream file's own hash differs: its bytes were reordered.
    expect({ ...JSON.parse(lock), upstream: undefined }).toEqual({ ...JSON.parse(first[1]), upstream: undefined });
    expect(JSON.parse(lock)).toMatchObject({
      upstream: { source: "upstream/openapi.json", version: "5.23.0" },
      selection: { tags: ["oauth", "pins"], operations: [], excludeOperations: ["user_account/get"] },
      operations: ["oauth/token", "pins/list"],
    });
  });

  test("with no selection flags re-applies the recorded selection to a new release", async () => {
    expect(runSpecUpdate(root, "--from", upstreamFile, "--tags", "pins", "--operations", "oauth/token").status).toBe(0);
    const next = miniUpstream("5.24.0");
    next.paths["/pins/{pin_id}"] = { get: { operationId: "pins/get", tags: ["pins"], responses: {} } };
    delete next.paths["/pins"];
    await writeFile(upstreamFile, JSON.stringify(next));
    const result = runSpecUpdate(root, "--from", upstreamFile);
    expect(result.status).toBe(0);
    expect(result.output).toContain(
      "Pinned 2 operation(s) from Pinterest API 5.24.0 (upstream/openapi.json) with the selection spec/spec.lock.json records.",
    );
    expect(result.output).toContain("+ operation pins/get (new under tag pins)");
    expect(result.output).toContain("- operation pins/list (gone from upstream) [BREAKING]");
    expect(JSON.parse((await pinned())[1]).operations).toEqual(["oauth/token", "pins/get"]);
  });

  test("refuses an unknown tag before writing anything", async () => {
    const result = runSpecUpdate(root, "--from", upstreamFile, "--tags", "ad_accounts");
    expect(result.status).toBe(1);
    expect(result.output).toContain('no operation of upstream 5.23.0 is tagged "ad_accounts"');
    await expect(readFile(specLayout(root).lock, "utf8")).rejects.toThrow(/ENOENT/);
  });

  test("refuses --exclude-operations alone", () => {
    const result = runSpecUpdate(root, "--from", upstreamFile, "--exclude-operations", "pins/list");
    expect(result.status).toBe(2);
    expect(result.output).toContain("--exclude-operations needs --tags or --operations");
  });
});
