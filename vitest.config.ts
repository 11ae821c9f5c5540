import { defineConfig } from "vitest/config";

/** One vitest run over every workspace project; each package also runs alone with its own config. */
export default defineConfig({
  test: {
    projects: ["packages/*", "scripts", "consumer", "reliability"],
  },
});
