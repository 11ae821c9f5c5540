import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "postgres-store",
    include: ["test/**/*.test.ts"],
    // One PostgreSQL server for every test file, started once (test/support/global-setup.ts).
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
