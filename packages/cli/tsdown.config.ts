import { defineConfig } from "tsdown";
import { libraryBuild } from "../../tsdown.config.base.ts";

// A command, not a library: one ESM entry for Node with its shebang, no declarations.
export default defineConfig({
  ...libraryBuild,
  entry: ["src/bin.ts"],
  format: ["esm"],
  dts: false,
  platform: "node",
  fixedExtension: false,
});
