import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_MOCK_CLIENT, type MockPinterest, startMockPinterest } from "@pinterest-kit/mock";
import { createPinterestOAuth } from "@pinterest-kit/oauth";
import { fileStore } from "@pinterest-kit/oauth/file-store";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mockEnvironment, runCli, TOKEN_PATTERN } from "./run-cli.js";

const BOARD = "5550001";
const WRITE_SCOPES = ["boards:read", "boards:write", "pins:read", "pins:write"];

let mock: MockPinterest;
let dir: string;
let tokenFile: string;

beforeAll(async () => {
  mock = await startMockPinterest({ boards: [{ id: BOARD, name: "Recipes" }], mediaProcessingMs: 100 });
  dir = await mkdtemp(join(tmpdir(), "pinterest-kit-pin-"));
  tokenFile = await signIn("writer", WRITE_SCOPES);
});
afterAll(async () => {
  await mock.close();
  await rm(dir, { recursive: true, force: true });
});

async function signIn(name: string, scopes: string[]): Promise<string> {
  const oauth = createPinterestOAuth({ ...DEFAULT_MOCK_CLIENT, baseUrl: mock.baseUrl });
  const tokens = await oauth.exchangeCode(mock.issueCode({ scopes }), {
    redirectUri: DEFAULT_MOCK_CLIENT.redirectUris[0] as string,
  });
  const file = join(dir, `${name}.json`);
  await fileStore(file).compareAndSet(undefined, tokens);
  return file;
}

const pinsOnBoard = () => mock.snapshot().pins.filter((pin) => pin.board_id === BOARD);

describe("pinterest-kit pin create", () => {
  test("an image Pin, --json prints the created Pin", async () => {
    const run = await runCli(
      [
        "pin",
        "create",
        "--board",
        BOARD,
        "--image-url",
        "https://example.com/a.jpg",
        "--title",
        "Lemonade",
        "--json",
        "--token-file",
        tokenFile,
      ],
      mockEnvironment(mock),
    );
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const pin = JSON.parse(run.stdout) as { id: string; board_id: string; title: string };
    expect(pin).toMatchObject({ board_id: BOARD, title: "Lemonade" });
    expect(pinsOnBoard().map((p) => p.id)).toContain(pin.id);
  });

  test("a video Pin: the upload and processing as plain progress lines on a non-TTY stderr", async () => {
    const video = join(dir, "clip.mp4");
    await writeFile(video, new Uint8Array(50_000).fill(7));
    const run = await runCli(
      ["pin", "create", "--board", BOARD, "--video", video, "--token-file", tokenFile],
      mockEnvironment(mock),
    );
    expect(run.code).toBe(0);
    const lines = run.stderr.trim().split("\n");
    expect(lines[0]).toBe("upload: 0 B / 50.0 kB sent");
    expect(lines).toContain("upload: 50.0 kB / 50.0 kB sent");
    expect(lines.at(-1)).toMatch(/^processing: media \d+ is succeeded$/);
    expect(lines.some((line) => line.includes("\r") || line.includes("\u001b"))).toBe(false);
    const id = /^Created Pin (\d+) on board \d+\.$/.exec(run.stdout.trim())?.[1];
    expect(pinsOnBoard().find((p) => p.id === id)?.media).toMatchObject({ media_type: "video" });
    expect(run.stdout + run.stderr).not.toMatch(TOKEN_PATTERN);
  });

  test("a token without pins:write: one line with Pinterest's code, exit 1", async () => {
    const readOnly = await signIn("reader", ["boards:read", "pins:read"]);
    const run = await runCli(
      ["pin", "create", "--board", BOARD, "--image-url", "https://example.com/a.jpg", "--token-file", readOnly],
      mockEnvironment(mock),
    );
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/pins:write/);
  });

  test.each([
    ["no source", ["--board", BOARD], /exactly one of --image-url URL and --video FILE/],
    ["both sources", ["--board", BOARD, "--image-url", "https://e.x/a.jpg", "--video", "x.mp4"], /exactly one of/],
    ["a non-numeric board", ["--board", "recipes", "--image-url", "https://e.x/a.jpg"], /numeric id/],
    ["a missing video file", ["--board", BOARD, "--video", "/nonexistent/clip.mp4"], /--video \/nonexistent\/clip\.mp4/],
  ])("usage error: %s (exit 2, before any request)", async (_name, args, want) => {
    const before = mock.requestCount;
    const run = await runCli(["pin", "create", ...args, "--token-file", tokenFile], mockEnvironment(mock));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(want);
    expect(mock.requestCount).toBe(before);
  });
});
