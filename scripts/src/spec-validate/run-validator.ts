import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export interface ValidatorResult {
  file: string;
  ok: boolean;
  output: string;
}

/** Whether a Java runtime answers on PATH; openapi-generator needs one. */
export function javaAvailable(): boolean {
  return spawnSync("java", ["-version"], { stdio: "ignore" }).status === 0;
}

/** Path of the openapi-generator-cli wrapper installed for the scripts workspace package. */
export function generatorCliPath(repoRoot: string): string {
  return join(repoRoot, "scripts", "node_modules", ".bin", "openapi-generator-cli");
}

/**
 * `openapi-generator-cli validate --recommend` on one file. The wrapper reads the pinned generator
 * version from the root openapitools.json and fetches that jar into `.cache/` on first use.
 */
export function runValidator(repoRoot: string, file: string, displayName: string): ValidatorResult {
  const cli = generatorCliPath(repoRoot);
  if (!existsSync(cli)) throw new Error(`spec:validate: ${cli} is missing; run pnpm install.`);
  const result = spawnSync(cli, ["--openapitools", join(repoRoot, "openapitools.json"), "validate", "--recommend", "-i", file], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  return { file: displayName, ok: result.status === 0, output: `${result.stdout ?? ""}${result.stderr ?? ""}`.trim() };
}
