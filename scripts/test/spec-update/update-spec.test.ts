import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { specLayout } from "../../src/shared/repo-paths.js";
import { sha256 } from "../../src/shared/sha256.js";
import type { UpstreamSpec } from "../../src/spec-update/read-upstream.js";
import { updateSpec } from "../../src/spec-update/update-spec.js";
import { miniUpstream } from "../fixtures/mini-upstream.js";

function upstreamOf(document = miniUpstream()): UpstreamSpec {
  return { bytes: new TextEncoder().encode(JSON.stringify(document)), document, source: "fixtures/mini-upstream.json" };
}

const twoOperations = { tags: [], operations: ["oauth/token", "user_account/get"], excludeOperations: [] };

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "pinterest-kit-spec-"));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe("updateSpec", () => {
  test("writes the fragment and a lock whose hashes match the bytes", async () => {
    const layout = specLayout(root);
    const upstream = upstreamOf();
    const result = await updateSpec(upstream, layout, {
      selection: { tags: [], operations: ["oauth/token"], excludeOperations: [] },
    });
    const fragmentText = await readFile(layout.fragment, "utf8");
    const lock = JSON.parse(await readFile(layout.lock, "utf8"));
    expect(result.firstPin).toBe(true);
    expect(lock).toEqual({
      upstream: { source: "fixtures/mini-upstream.json", version: "5.23.0", sha256: sha256(upstream.bytes) },
      selection: { tags: [], operations: ["oauth/token"], excludeOperations: [] },
      operations: ["oauth/token"],
      fragment: { path: "spec/pinterest-v5.json", sha256: sha256(fragmentText) },
    });
  });

  test("running twice gives byte-identical files and reports no change", async () => {
    const layout = specLayout(root);
    await updateSpec(upstreamOf(), layout, { selection: twoOperations });
    const first = [await readFile(layout.fragment), await readFile(layout.lock)];
    const again = await updateSpec(upstreamOf(), layout, { selection: twoOperations });
    expect([await readFile(layout.fragment), await readFile(layout.lock)]).toEqual(first);
    expect(again.firstPin).toBe(false);
    expect(again.changes).toEqual([]);
  });

  test("a synthetic upstream release is reported against the previous pin", async () => {
    const layout = specLayout(root);
    await updateSpec(upstreamOf(), layout, { selection: twoOperations });
    const next = miniUpstream("5.24.0");
    const schemas = next.components?.schemas as Record<string, { properties: Record<string, unknown>; required: string[] }>;
    delete schemas.TokenResponse?.properties.expires_in;
    schemas.TokenRequestCode?.properties &&
      Object.assign(schemas.TokenRequestCode.properties, { redirect_uri: { type: "string" } });
    schemas.TokenRequestCode?.required.push("redirect_uri");
    const result = await updateSpec(upstreamOf(next), layout, { selection: twoOperations });
    expect(result.lock.upstream.version).toBe("5.24.0");
    expect(result.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "TokenResponse.expires_in", kind: "removed", breaking: true }),
        expect.objectContaining({ name: "TokenRequestCode.redirect_uri", kind: "added", breaking: true, detail: "required" }),
      ]),
    );
  });

  test("without a selection, re-applies the one the lock records and names what came under its tags", async () => {
    const layout = specLayout(root);
    const byTag = { tags: ["pins", "oauth"], operations: [], excludeOperations: [] };
    await updateSpec(upstreamOf(), layout, { selection: byTag });
    const next = miniUpstream("5.24.0");
    next.paths["/pins/{pin_id}"] = { get: { operationId: "pins/get", tags: ["pins"], responses: {} } };
    const result = await updateSpec(upstreamOf(next), layout);
    expect(result.selectionFrom).toBe("lock");
    expect(result.lock.selection).toEqual({ tags: ["oauth", "pins"], operations: [], excludeOperations: [] });
    expect(result.lock.operations).toEqual(["oauth/token", "pins/get", "pins/list"]);
    expect(result.changes).toContainEqual({
      subject: "operation",
      name: "pins/get",
      kind: "added",
      breaking: false,
      detail: "new under tag pins",
    });
  });

  test("a lock from before selections were recorded re-applies its operations", async () => {
    const layout = specLayout(root);
    await updateSpec(upstreamOf(), layout, { selection: twoOperations });
    const lock = JSON.parse(await readFile(layout.lock, "utf8"));
    delete lock.selection;
    await writeFile(layout.lock, JSON.stringify(lock));
    const result = await updateSpec(upstreamOf(), layout);
    expect(result.selectionFrom).toBe("lock");
    expect(result.lock.operations).toEqual(["oauth/token", "user_account/get"]);
    expect(result.changes).toEqual([]);
  });

  test("the first pin without a selection takes the three OAuth operations", async () => {
    const document = miniUpstream();
    document.paths["/oauth/token/revoke"] = { post: { operationId: "token/revoke", tags: ["oauth"], responses: {} } };
    const result = await updateSpec(upstreamOf(document), specLayout(root));
    expect(result.selectionFrom).toBe("default");
    expect(result.lock.operations).toEqual(["oauth/token", "token/revoke", "user_account/get"]);
  });
});
