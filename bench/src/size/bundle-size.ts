import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { benchDir } from "../paths.js";
import type { SizeEntry } from "./libraries.js";

export interface BundleSize {
  minified: number;
  gzipped: number;
  /** Minified bytes by package, from esbuild's metafile. */
  byPackage: Record<string, number>;
}

/** Bundle one entry with esbuild (ESM, minified, tree-shaken) and measure it raw and gzipped (level 9). */
export async function bundleSize(library: SizeEntry): Promise<BundleSize> {
  const result = await build({
    entryPoints: [join(benchDir, "entries", library.entry)],
    absWorkingDir: benchDir,
    bundle: true,
    minify: true,
    format: "esm",
    platform: library.platform,
    // esbuild's neutral platform reads no package.json main fields unless told; these are the ones bundlers use.
    ...(library.platform === "neutral" ? { mainFields: ["module", "main"] } : {}),
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`size: esbuild produced no output for ${library.entry}`);
  const byPackage: Record<string, number> = {};
  for (const meta of Object.values(result.metafile.outputs)) {
    for (const [file, input] of Object.entries(meta.inputs)) {
      const owner = packageOf(file);
      byPackage[owner] = (byPackage[owner] ?? 0) + input.bytesInOutput;
    }
  }
  return { minified: output.contents.byteLength, gzipped: gzipSync(output.contents, { level: 9 }).byteLength, byPackage };
}

/** `node_modules/.pnpm/x@1/node_modules/@scope/name/dist/a.js` → `@scope/name`; workspace files → their package folder. */
function packageOf(file: string): string {
  const inModules = /.*node_modules\/((@[^/]+\/)?[^/]+)/.exec(file);
  if (inModules?.[1]) return inModules[1];
  const workspace = /(packages\/[^/]+|entries)\//.exec(file);
  return workspace?.[1] ?? file;
}
