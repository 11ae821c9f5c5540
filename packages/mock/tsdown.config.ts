import { defineConfig } from "tsdown";
import { libraryBuild } from "../../tsdown.config.base.ts";

// The mock is a Node server (node:http, node:net, node:crypto), not a neutral library. fixedExtension: false
// keeps the .js / .cjs names package.json exports.
export default defineConfig({ ...libraryBuild, platform: "node", fixedExtension: false });
