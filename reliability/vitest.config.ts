import { defineProject } from "vitest/config";

/**
 * The reliability suite: fault matrix, fast-check properties, load on the mock, secret hygiene.
 * `--expose-gc` lets the memory checks measure the heap after a full collection; the global setup
 * prints the one-line `reliability:` summary when the run ends.
 */
export default defineProject({
  test: {
    name: "reliability",
    include: ["test/**/*.test.ts"],
    globalSetup: ["./test/summary/global-setup.ts"],
    setupFiles: ["./test/summary/record-outcomes.ts"],
    execArgv: ["--expose-gc"],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
