import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { repoRoot, specLayout } from "../shared/repo-paths.js";
import { runMain } from "../shared/run-main.js";
import { generateFiles } from "./generate-files.js";

const USAGE = `Usage: pnpm generate [--check]

Checks spec/pinterest-v5.json against spec/spec.lock.json, applies spec/overlays/*.yaml and writes
the generated client types and tables. With --check nothing is written: it exits 1, naming the
files, when the committed generated code differs from what the spec produces.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    // --root points the generator at another checkout (the tests use a temporary copy).
    options: { check: { type: "boolean" }, root: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = values.root ?? repoRoot;
  const files = await generateFiles(specLayout(root));
  const stale: string[] = [];
  for (const [path, content] of files) {
    const absolute = join(root, path);
    const current = await readFile(absolute, "utf8").catch(() => undefined);
    if (current === content) continue;
    stale.push(path);
    if (!values.check) {
      await mkdir(dirname(absolute), { recursive: true });
      await writeFile(absolute, content);
    }
  }
  if (values.check) {
    if (stale.length === 0) {
      console.log(`generate --check: ${files.size} generated files match the spec.`);
      return 0;
    }
    console.error(`generate --check: these files differ from what the spec produces:\n${stale.map((p) => `  ${p}`).join("\n")}`);
    console.error("Run `pnpm generate` and commit the result (never edit generated files by hand).");
    return 1;
  }
  console.log(stale.length === 0 ? "generate: everything up to date." : `generate: wrote ${stale.join(", ")}`);
  return 0;
}

runMain(main);
