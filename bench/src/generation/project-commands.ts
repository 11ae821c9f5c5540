import { fileURLToPath } from "node:url";
import { repoRoot } from "../paths.js";
import { type CommandRun, runCommand } from "../run-command.js";

const EMIT_COMMAND = fileURLToPath(new URL("./emit-command.ts", import.meta.url));

/** `pnpm generate --check`: the whole pinned pipeline (lock check, overlays, all three emitters), writing nothing. */
export function runPnpmGenerateCheck(): Promise<CommandRun> {
  return runCommand("pnpm", ["-s", "generate", "--check"], { cwd: repoRoot });
}

/** The project's emitters as one command on a spec file (see emit-command.ts), started the way `pnpm generate` starts: Node with tsx. */
export function runProjectEmitCommand(specFile: string, outDir: string): Promise<CommandRun> {
  return runCommand(process.execPath, ["--import", "tsx", EMIT_COMMAND, specFile, outDir], { cwd: repoRoot });
}
