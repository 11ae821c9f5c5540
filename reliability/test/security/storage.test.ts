import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startMockPinterest } from "@pinterest-kit/mock";
import { createSession } from "@pinterest-kit/oauth";
import { fileStore } from "@pinterest-kit/oauth/file-store";
import { afterEach, beforeEach, expect, test } from "vitest";
import { liveTokens, mockOAuth, receivedDaysAgo } from "../support/mock-app.js";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "reliability-store-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const mode = async (path: string) => (await stat(path)).mode & 0o777;

test.each([
  ["a new file in a directory fileStore creates", { existingMode: undefined }],
  ["a file the user created readable by all", { existingMode: 0o644 }],
])("tokens are stored owner-only (file 0600, directory 0700): %s", async (_name, { existingMode }) => {
  const mock = await startMockPinterest();
  try {
    const oauth = mockOAuth(mock);
    const dir = join(root, "app", "tokens");
    const path = join(dir, "user.json");
    const initial = receivedDaysAgo(await liveTokens(mock, oauth), 31);
    const store = fileStore(path);
    if (existingMode === undefined) expect(await store.compareAndSet(undefined, initial)).toBe(true);
    else {
      await mkdir(dir, { recursive: true });
      await writeFile(path, `${JSON.stringify(initial)}\n`, { mode: existingMode });
    }

    const session = createSession(oauth, { tokens: initial, store });
    const accessToken = await session.getAccessToken();

    expect(await mode(path)).toBe(0o600);
    if (existingMode === undefined) expect(await mode(dir)).toBe(0o700);
    // The file holds the TokenSet JSON (tokens in clear: its protection is the file mode).
    expect(JSON.parse(await readFile(path, "utf8"))).toMatchObject({ accessToken, refreshToken: session.tokens.refreshToken });
    // No temporary file or lock is left behind.
    expect(await readdir(dir)).toEqual(["user.json"]);
  } finally {
    await mock.close();
  }
});
