import { defineConfig } from "tsdown";
import { libraryBuild } from "../../tsdown.config.base.ts";

// Two entries: the main one runs anywhere (web APIs only); reading a video from a path needs node:fs
// and is its own subpath, `@pinterest-kit/client/node`. Unbundled (one dist module per source
// module), so a bundler drops every module an app does not reach: a plain GET ships no paging,
// upload or operation table.
export default defineConfig({
  ...libraryBuild,
  entry: { index: "src/index.ts", node: "src/node/index.ts" },
  deps: { neverBundle: [/^node:/] },
  unbundle: true,
});
