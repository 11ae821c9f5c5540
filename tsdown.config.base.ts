import type { UserConfig } from "tsdown";

/** Shared build of every published package: ESM and CommonJS, each with its own declarations and source maps. */
export const libraryBuild = {
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  platform: "neutral",
  target: "es2022",
} satisfies UserConfig;
