import { defineConfig } from "tsdown";
import { libraryBuild } from "../../tsdown.config.base.ts";

// Two entries: the main one runs anywhere (web APIs only); the file store needs node:fs and is its
// own subpath, `@pinterest-kit/oauth/file-store`. Shared code (TokenSet) lands in one common chunk.
// As in the client, each entry is one module with nothing run at its top, so bundlers drop what an
// app does not reach (a code exchange ships no session); .size-limit.json holds that.
export default defineConfig({
  ...libraryBuild,
  entry: { index: "src/index.ts", "file-store": "src/node/file-store.ts" },
  deps: { neverBundle: [/^node:/] },
});
