import { describe, expect, test } from "vitest";
import { DEBIAN_CHROMIUM, findChromium } from "./find-chromium.js";

const PLAYWRIGHT = "/home/dev/.cache/ms-playwright/chromium-1/chrome-linux/chrome";
const OWN = "/opt/chrome/chrome";

describe("findChromium", () => {
  test.each([
    ["Playwright's own first", { present: [PLAYWRIGHT, DEBIAN_CHROMIUM, OWN], want: { path: PLAYWRIGHT, source: "playwright" } }],
    ["then Debian's", { present: [DEBIAN_CHROMIUM, OWN], want: { path: DEBIAN_CHROMIUM, source: "debian" } }],
    ["then CHROMIUM_PATH", { present: [OWN], want: { path: OWN, source: "CHROMIUM_PATH" } }],
    ["none", { present: [] as string[], want: undefined }],
  ])("%s", (_name, { present, want }) => {
    const found = findChromium(
      { CHROMIUM_PATH: OWN },
      (path) => present.includes(path),
      () => PLAYWRIGHT,
    );
    expect(found).toEqual(want);
  });

  test("a platform Playwright has no build for falls through to Debian's", () => {
    const found = findChromium(
      {},
      (path) => path === DEBIAN_CHROMIUM,
      () => {
        throw new Error("Unsupported platform");
      },
    );
    expect(found).toEqual({ path: DEBIAN_CHROMIUM, source: "debian" });
  });
});
