import { benchDir } from "../paths.js";
import { runCommand } from "../run-command.js";

/**
 * Milliseconds that `await import(specifier)` takes in a fresh Node process (started from the bench
 * package, so that it resolves the installed packages): module resolution, reading, compiling and
 * evaluating the whole graph. Node's own start-up is not included.
 */
export async function coldImportMs(specifier: string): Promise<number> {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  const run = await runCommand(process.execPath, ["--input-type=module", "-e", script], { cwd: benchDir });
  const value = Number(run.output.trim().split("\n").pop());
  if (run.code !== 0 || !Number.isFinite(value))
    throw new Error(`size: import("${specifier}") failed: ${run.output.trim().slice(0, 300)}`);
  return value;
}
