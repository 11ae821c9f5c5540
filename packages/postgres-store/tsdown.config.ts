import { defineConfig } from "tsdown";
import { libraryBuild } from "../../tsdown.config.base.ts";

// pg is only ever imported for its types: the store talks to whatever pg.Pool the app passes in.
export default defineConfig({
  ...libraryBuild,
  deps: { neverBundle: [/^node:/, "pg", /^@pinterest-kit\//] },
});
