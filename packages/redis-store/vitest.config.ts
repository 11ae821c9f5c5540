import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "redis-store",
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
