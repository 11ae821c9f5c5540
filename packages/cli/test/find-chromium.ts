import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

/** A Chromium for the browser tests, and which of the three places it came from. */
export interface FoundChromium {
  path: string;
  source: "playwright" | "debian" | "CHROMIUM_PATH";
}

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** How the test log names each source. */
export const CHROMIUM_SOURCES = { playwright: "Playwright's", debian: "Debian's", CHROMIUM_PATH: "CHROMIUM_PATH's" } as const;

/**
 * Playwright's own Chromium (`npx playwright install chromium`) when it is installed, else
 * Debian's (`apt-get install chromium`), else the one `CHROMIUM_PATH` names: the order the browser
 * test promises, so a developer's machine uses what it has and the log says which.
 */
export function findChromium(
  env: { CHROMIUM_PATH?: string | undefined } = process.env,
  exists: (path: string) => boolean = existsSync,
  playwrightPath: () => string = () => chromium.executablePath(),
): FoundChromium | undefined {
  const candidates: FoundChromium[] = [];
  try {
    candidates.push({ path: playwrightPath(), source: "playwright" });
  } catch {
    // playwright-core throws when it knows no browser build for this platform.
  }
  candidates.push({ path: DEBIAN_CHROMIUM, source: "debian" });
  if (env.CHROMIUM_PATH) candidates.push({ path: env.CHROMIUM_PATH, source: "CHROMIUM_PATH" });
  return candidates.find((candidate) => candidate.path !== "" && exists(candidate.path));
}

/** What to tell a developer whose machine has no Chromium at all. */
export const INSTALL_CHROMIUM =
  "install one with `npx playwright install chromium` or `apt-get install chromium`, or set CHROMIUM_PATH";
