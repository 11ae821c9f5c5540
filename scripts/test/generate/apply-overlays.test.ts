import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { applyOverlays, readOverlays } from "../../src/generate/apply-overlays.js";
import { miniUpstream } from "../fixtures/mini-upstream.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "pinterest-kit-overlays-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const unionOverlay = `overlay: 1.0.0
info: { title: union, version: 1.0.0 }
actions:
  - target: $.components.schemas.TokenRequest
    update:
      oneOf:
        - $ref: "#/components/schemas/TokenRequestCode"
        - $ref: "#/components/schemas/TokenRequestRefresh"
  - target: $.components.schemas.TokenRequestCode.properties.grant_type
    update:
      enum: [authorization_code]
`;

describe("applyOverlays", () => {
  test("applies update actions in order, leaving the input untouched", async () => {
    await writeFile(join(dir, "10-union.yaml"), unionOverlay);
    const fragment = miniUpstream();
    const result = await applyOverlays(fragment, await readOverlays(dir));
    const schemas = result.components?.schemas as Record<string, Record<string, unknown>>;
    expect(schemas.TokenRequest?.oneOf).toEqual([
      { $ref: "#/components/schemas/TokenRequestCode" },
      { $ref: "#/components/schemas/TokenRequestRefresh" },
    ]);
    expect(schemas.TokenRequestCode?.properties).toMatchObject({ grant_type: { type: "string", enum: ["authorization_code"] } });
    expect(fragment.components?.schemas?.TokenRequest).not.toHaveProperty("oneOf");
  });

  test("applies remove actions", async () => {
    await writeFile(join(dir, "a.yaml"), "overlay: 1.0.0\nactions:\n  - target: $.components.schemas.Pin\n    remove: true\n");
    const result = await applyOverlays(miniUpstream(), await readOverlays(dir));
    expect(result.components?.schemas).not.toHaveProperty("Pin");
  });

  test("a target that no longer matches fails loudly, naming the file and the action", async () => {
    await writeFile(
      join(dir, "10-union.yaml"),
      unionOverlay.replace("TokenRequestCode.properties", "TokenRequestCodeV2.properties"),
    );
    await expect(applyOverlays(miniUpstream(), await readOverlays(dir, "spec/overlays"))).rejects.toThrow(
      "spec/overlays/10-union.yaml: action 2 (target $.components.schemas.TokenRequestCodeV2.properties.grant_type) matches nothing",
    );
  });

  test("a file that is not an overlay is named", async () => {
    await writeFile(join(dir, "broken.yaml"), "actions: nope\n");
    await expect(readOverlays(dir)).rejects.toThrow(/broken\.yaml is not an OpenAPI Overlay/);
  });
});
