import { defineConfig } from "tsdown";
import { libraryBuild } from "../../tsdown.config.base.ts";

// Three entries: the main one runs anywhere (web APIs only); reading a video from a path needs node:fs
// and is its own subpath, `@pinterest-kit/client/node`; the helpers oauth and the stores share with
// the client are `@pinterest-kit/client/internal`. Each is one module (Node loads it 2–3× faster
// than one per source file), so nothing may run at the top of a source module: a bundler then drops
// whatever an app does not reach, and a plain GET ships no paging, upload or operation table. The
// size budgets in .size-limit.json hold that.
export default defineConfig({
  ...libraryBuild,
  entry: { index: "src/index.ts", node: "src/node/index.ts", internal: "src/internal.ts" },
  deps: { neverBundle: [/^node:/] },
  // The CommonJS interop helper (for openapi-fetch's default export) gets its own chunk: left to
  // itself, rolldown puts it in index.cjs and exports it from there as `__toESM`.
  outputOptions: { codeSplitting: { groups: [{ name: "rolldown-runtime", test: /rolldown\/runtime/ }] } },
});
