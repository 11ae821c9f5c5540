import { spawn } from "node:child_process";

export interface CommandRun {
  ms: number;
  code: number | null;
  output: string;
}

/** Run a command to completion and time it from spawn to exit (whole-command wall time). */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ ms: performance.now() - started, code, output: Buffer.concat(chunks).toString("utf8") }),
    );
  });
}
