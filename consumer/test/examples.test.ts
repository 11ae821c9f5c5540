import { execFile } from "node:child_process";
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { BOARD_PAGES, bookmarkAfter, MEDIA_ID, sha256, startExampleServer, UPLOAD_PARAMETERS } from "./example-server.js";
import { REPO_ROOT } from "./packed-tarballs.js";

const app = inject("consumerApp");
const EXAMPLES = join(REPO_ROOT, "consumer/examples");
const TOKEN = "pina_example-access-token";
const exec = promisify(execFile);

let server: Awaited<ReturnType<typeof startExampleServer>>;
beforeAll(async () => {
  server = await startExampleServer();
  // The examples as a stranger would have them: ES modules next to the installed tarballs.
  await cp(EXAMPLES, join(app, "examples"), { recursive: true });
  await writeFile(join(app, "examples/package.json"), JSON.stringify({ type: "module" }));
});
afterAll(() => server?.close());

/** Run a compiled example with Node against the example server (async: the server lives in this process). */
async function runExample(name: string, env: Record<string, string> = {}) {
  server.seen.length = 0;
  const { stdout, stderr } = await exec(process.execPath, [join(app, "examples/build", `${name}.js`)], {
    cwd: app,
    timeout: 60_000,
    env: { ...process.env, PINTEREST_BASE_URL: server.baseUrl, PINTEREST_ACCESS_TOKEN: TOKEN, ...env },
  });
  return { lines: stdout.trim().split("\n"), stderr };
}

describe("the README examples, run from the packed tarballs", () => {
  test("each example is quoted verbatim in packages/client/README.md; the pagination one also in README.md", async () => {
    const clientReadme = await readFile(join(REPO_ROOT, "packages/client/README.md"), "utf8");
    const rootReadme = await readFile(join(REPO_ROOT, "README.md"), "utf8");
    const files = (await readdir(EXAMPLES)).filter((file) => file.endsWith(".ts"));
    expect(files.sort()).toEqual(["create-board-and-pin.ts", "list-boards.ts", "upload-video-pin.ts"]);
    for (const file of files) {
      const code = await readFile(join(EXAMPLES, file), "utf8");
      expect(clientReadme, `packages/client/README.md quotes consumer/examples/${file}`).toContain(`\`\`\`ts\n${code}\`\`\``);
    }
    expect(rootReadme).toContain(`\`\`\`ts\n${await readFile(join(EXAMPLES, "list-boards.ts"), "utf8")}\`\`\``);
  });

  test("they compile with tsc --strict against the installed declarations", async () => {
    const compilerOptions = {
      module: "nodenext",
      moduleResolution: "nodenext",
      target: "ES2022",
      lib: ["ES2022", "DOM"],
      types: ["node"],
      strict: true,
      outDir: "build",
    };
    await writeFile(join(app, "examples/tsconfig.json"), JSON.stringify({ compilerOptions, include: ["*.ts"] }));
    const result = await exec(process.execPath, [join(app, "node_modules/typescript/bin/tsc"), "-p", "examples"], {
      cwd: app,
    }).catch((error: { stdout: string; stderr: string }) => error);
    expect(result.stdout + result.stderr).toBe("");
  });

  test("require() of @pinterest-kit/client/node gives the CommonJS build of the Node helpers", async () => {
    const script =
      'const n = require("@pinterest-kit/client/node"); console.log(typeof n.fileFromPath, typeof n.uploadMediaFromPath)';
    const { stdout } = await exec(process.execPath, ["-e", script], { cwd: app });
    expect(stdout.trim()).toBe("function function");
  });

  test("listing boards page by page follows each bookmark exactly, one request per page", async () => {
    const { lines, stderr } = await runExample("list-boards");
    expect(stderr).toBe("");
    expect(lines).toEqual(
      BOARD_PAGES.map(
        (page, index) => `page ${index + 1}: ${page.map((board) => `${board.name} (${board.privacy})`).join(", ")}`,
      ),
    );
    const pages = server.seen.map(({ method, url }) => {
      const { pathname, searchParams } = new URL(url, "http://api.test");
      return {
        request: `${method} ${pathname}`,
        pageSize: searchParams.get("page_size"),
        bookmark: searchParams.get("bookmark"),
      };
    });
    expect(pages).toEqual([
      { request: "GET /v5/boards", pageSize: "25", bookmark: null },
      { request: "GET /v5/boards", pageSize: "25", bookmark: bookmarkAfter(0) },
      { request: "GET /v5/boards", pageSize: "25", bookmark: bookmarkAfter(1) },
    ]);
    for (const request of server.seen) expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  test("creating a board and an image Pin sends the typed bodies", async () => {
    const { lines, stderr } = await runExample("create-board-and-pin");
    expect(stderr).toBe("");
    expect(server.seen.map(({ method, url, body }) => [method, url, body])).toEqual([
      ["POST", "/v5/boards", { name: "Weeknight dinners", description: "Quick recipes", privacy: "PUBLIC" }],
      [
        "POST",
        "/v5/pins",
        {
          board_id: "2001",
          title: "Lemon pasta",
          link: "https://example.com/lemon-pasta",
          alt_text: "A bowl of pasta with lemon zest",
          media_source: { source_type: "image_url", url: "https://example.com/lemon-pasta.jpg" },
        },
      ],
    ]);
    expect(lines).toEqual([expect.stringMatching(/^board 2001, image Pin \d+$/)]);
  });

  test("uploading a video from a file creates a video Pin; the upload host gets the fields in order, the file last, no token", async () => {
    const video = new Uint8Array(300_000).map((_, index) => (index * 13) % 256);
    await writeFile(join(app, "video.mp4"), video);
    const { lines, stderr } = await runExample("upload-video-pin", { BOARD_ID: "1001" });
    expect(stderr).toBe("");
    // Streamed from disk on Node's fetch: percentages rise from 0 to 100, then processing.
    const uploaded = lines.filter((line) => line.startsWith("uploaded ")).map((line) => Number.parseInt(line.slice(9), 10));
    expect(uploaded[0]).toBe(0);
    expect(uploaded.at(-1)).toBe(100);
    expect(uploaded.length).toBeGreaterThan(2);
    expect(uploaded.every((percent, index) => index === 0 || percent > (uploaded[index - 1] ?? 0))).toBe(true);
    expect(lines.slice(uploaded.length)).toEqual([
      "processing: processing",
      "processing: succeeded",
      expect.stringMatching(new RegExp(`^video Pin \\d+ from media ${MEDIA_ID}$`)),
    ]);
    expect(server.seen.map(({ method, url }) => `${method} ${url}`)).toEqual([
      "POST /v5/media",
      "POST upload host /",
      `GET /v5/media/${MEDIA_ID}`,
      `GET /v5/media/${MEDIA_ID}`,
      "POST /v5/pins",
    ]);
    const [register, upload, , , pin] = server.seen;
    expect(register?.body).toEqual({ media_type: "video" });
    expect(upload?.headers.authorization).toBeUndefined();
    expect(upload?.body).toEqual([
      ...Object.entries(UPLOAD_PARAMETERS).map(([name, value]) => ({ name, value })),
      { name: "file", fileName: "video.mp4", type: "video/mp4", size: video.byteLength, sha256: sha256(video) },
    ]);
    expect(pin?.body).toEqual({
      board_id: "1001",
      title: "Lemon pasta in 60 seconds",
      media_source: { source_type: "video_id", media_id: MEDIA_ID, cover_image_key_frame_time: 2 },
    });
  });
});

describe("the README examples against @pinterest-kit/mock, all from the packed tarballs", () => {
  // The mock as an app's own test suite gets it: the installed tarball, not the workspace.
  type Mock = import("@pinterest-kit/mock").MockPinterest;
  let mock: Mock;
  beforeAll(async () => {
    const installed = join(app, "node_modules/@pinterest-kit/mock/dist/index.js");
    const { startMockPinterest } = (await import(installed)) as typeof import("@pinterest-kit/mock");
    mock = await startMockPinterest({
      boards: Array.from({ length: 60 }, (_, index) => ({ name: `Board ${index + 1}` })),
      mediaProcessingMs: 100,
    });
  });
  afterAll(() => mock?.close());

  const runOnMock = (name: string, scopes: string[], env: Record<string, string> = {}) =>
    runExample(name, { PINTEREST_BASE_URL: mock.baseUrl, PINTEREST_ACCESS_TOKEN: mock.issueAccessToken({ scopes }), ...env });

  test("listing boards: three pages of 25, 25 and 10", async () => {
    const { lines, stderr } = await runOnMock("list-boards", ["boards:read"]);
    expect(stderr).toBe("");
    expect(lines.map((line) => line.split(", ").length)).toEqual([25, 25, 10]);
    expect(lines[0]).toMatch(/^page 1: Board 1 \(PUBLIC\), Board 2 \(PUBLIC\)/);
  });

  test("a board and an image Pin, then a video Pin on that board: the mock's state holds them", async () => {
    const scopes = ["boards:read", "boards:write", "pins:read", "pins:write"];
    const created = await runOnMock("create-board-and-pin", scopes);
    expect(created.stderr).toBe("");
    const [, boardId] = /^board (\d+), image Pin \d+$/.exec(created.lines[0] ?? "") ?? [];
    await writeFile(join(app, "video.mp4"), new Uint8Array(100_000).fill(1));
    const video = await runOnMock("upload-video-pin", scopes, { BOARD_ID: boardId as string });
    expect(video.stderr).toBe("");
    expect(video.lines.at(-1)).toMatch(/^video Pin \d+ from media \d+$/);
    const state = mock.snapshot();
    expect(state.boards.find((board) => board.id === boardId)).toMatchObject({ name: "Weeknight dinners", pin_count: 2 });
    expect(state.pins.filter((pin) => pin.board_id === boardId).map((pin) => pin.title)).toEqual([
      "Lemon pasta",
      "Lemon pasta in 60 seconds",
    ]);
  });
});
