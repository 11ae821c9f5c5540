import { inject, test } from "vitest";

/** The shared server's connection string, or undefined when the global setup printed why it was skipped. */
export function sharedServer(): string | undefined {
  const provided = inject("postgres");
  return "connectionString" in provided ? provided.connectionString : undefined;
}

/** Cases that need PostgreSQL: registered only when the server runs (the skip reason was printed once). */
export const pgTest = test.runIf(sharedServer() !== undefined);
