import { defineConfig } from "tsdown";
import { libraryBuild } from "../../tsdown.config.base.ts";

// Two entries: the main one runs anywhere (web APIs only); reading a video from a path needs node:fs
// and is its own subpath, `@pinterest-kit/client/node`. Shared code lands in one common chunk, so both
// entries see the same client registry.
export default defineConfig({
  ...libraryBuild,
  entry: { index: "src/index.ts", node: "src/node/index.ts" },
  deps: { neverBundle: [/^node:/] },
});
