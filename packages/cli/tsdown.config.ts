import { defineConfig } from "tsdown";
import { libraryBuild } from "../../tsdown.config.base.ts";

export default defineConfig(libraryBuild);
