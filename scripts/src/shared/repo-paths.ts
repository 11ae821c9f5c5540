import { fileURLToPath } from "node:url";

/** Root of the monorepo, found from this file's own location (scripts/src/shared). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Where the pinned fragment, its lock and the overlays live, relative to a root. */
export interface SpecLayout {
  fragment: string;
  lock: string;
  overlaysDir: string;
}

/** The layout of the pinned spec under a root folder. */
export function specLayout(root: string = repoRoot): SpecLayout {
  return {
    fragment: `${root}/spec/pinterest-v5.json`,
    lock: `${root}/spec/spec.lock.json`,
    overlaysDir: `${root}/spec/overlays`,
  };
}
