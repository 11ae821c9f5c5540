import { mkdir, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startMockPinterest } from "@pinterest-kit/mock";
import { chromium } from "playwright-core";
import { describe, expect, test } from "vitest";
import { CHROMIUM_SOURCES, findChromium, INSTALL_CHROMIUM } from "./find-chromium.js";
import { authorizeUrlFrom, startLogin } from "./run-cli.js";

// Playwright's own Chromium, else Debian's (.ci/run installs it), else CHROMIUM_PATH. Outside CI a
// machine with none skips, saying how to get one.
const found = findChromium();
const available = found !== undefined;
if (!available && process.env.CI) throw new Error(`No Chromium: CI must run the browser test; ${INSTALL_CHROMIUM}.`);
console.log(
  found
    ? `browser login test: ${CHROMIUM_SOURCES[found.source]} Chromium at ${found.path}`
    : `skipped: browser login test — no Chromium found; ${INSTALL_CHROMIUM}.`,
);

const ARTIFACTS = fileURLToPath(new URL("../test-results/", import.meta.url));

describe.skipIf(!available)("pinterest-kit login in a real browser", () => {
  test("a person approves on the consent page and the CLI stores the tokens", async () => {
    const mock = await startMockPinterest();
    const dir = await mkdtemp(join(tmpdir(), "pinterest-kit-browser-"));
    const browser = await chromium.launch({
      executablePath: found?.path as string,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    try {
      const out = join(dir, "token.json");
      const { port, run: login } = await startLogin(mock, { out, scopes: "user_accounts:read" });
      const page = await browser.newPage();
      await page.goto(await authorizeUrlFrom(login));
      expect(await page.textContent("body")).toContain("user_accounts:read");
      await mkdir(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, "consent-page.png"), fullPage: true });
      await Promise.all([page.waitForURL(`http://localhost:${port}/callback?**`), page.click("#approve")]);
      expect(await page.textContent("h1")).toBe("Signed in to Pinterest");
      const run = await login.done;
      expect(run.code).toBe(0);
      expect((await stat(out)).mode & 0o777).toBe(0o600);
      const stored = JSON.parse(await readFile(out, "utf8"));
      expect(stored.scopes).toEqual(["user_accounts:read"]);
      const account = await fetch(`${mock.baseUrl}/user_account`, { headers: { Authorization: `Bearer ${stored.accessToken}` } });
      expect(account.status).toBe(200);
    } finally {
      await browser.close();
      await mock.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
