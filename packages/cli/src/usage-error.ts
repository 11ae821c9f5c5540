/** A mistake in how the command was called: printed in one line, exit code 2 (sysexits-style usage error). */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Run node:util parseArgs and turn its errors into a one-line {@link UsageError} that names the command. */
export function usageErrorFrom(command: string, error: unknown): UsageError {
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return new UsageError(`${command}: ${message}. Run \`pinterest-kit ${command} --help\`.`);
}
