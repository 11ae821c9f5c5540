import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../paths.js";
import { type CommandRun, runCommand } from "../run-command.js";

const CLI = join(repoRoot, "scripts", "node_modules", ".bin", "openapi-generator-cli");

/** Why openapi-generator cannot run here, or undefined when it can (Java on PATH and the wrapper installed). */
export function openapiGeneratorUnavailable(): string | undefined {
  if (spawnSync("java", ["-version"], { stdio: "ignore" }).status !== 0)
    return "no Java on PATH (openapi-generator needs Java 17+)";
  if (!existsSync(CLI)) return "scripts/node_modules/.bin/openapi-generator-cli is missing (run pnpm install)";
  return undefined;
}

/**
 * `openapi-generator-cli generate -g typescript-fetch` as a user runs it: the npm wrapper with the
 * version pinned in the root openapitools.json (it fetches that jar into .cache/ on first use).
 */
export function runOpenapiGenerator(specFile: string, outDir: string): Promise<CommandRun> {
  const args = ["--openapitools", "openapitools.json", "generate", "-g", "typescript-fetch", "-i", specFile, "-o", outDir];
  return runCommand(CLI, args, { cwd: repoRoot });
}
