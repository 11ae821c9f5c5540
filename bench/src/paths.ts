import { fileURLToPath } from "node:url";

/** The bench package folder. */
export const benchDir = fileURLToPath(new URL("../", import.meta.url));
/** The repository root. */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
