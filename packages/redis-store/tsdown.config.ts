import { defineConfig } from "tsdown";
import { libraryBuild } from "../../tsdown.config.base.ts";

// `redis` and `@pinterest-kit/oauth` are peer dependencies: the app's own copies, never bundled.
export default defineConfig({
  ...libraryBuild,
  deps: { neverBundle: [/^node:/, "redis", /^@redis\//, /^@pinterest-kit\//] },
});
