import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { describeTokenStoreConformance } from "../src/index.js";
import { open } from "./fixtures/file-store-driver.js";

let dir: string;
let addresses = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "store-conformance-file-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describeTokenStoreConformance("fileStore", {
  newAddress: () => join(dir, `user-${++addresses}`, "tokens.json"),
  open,
  childModule: fileURLToPath(new URL("./fixtures/file-store-driver.ts", import.meta.url)),
});
