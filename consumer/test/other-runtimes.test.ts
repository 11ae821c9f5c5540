import { execFile, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { DEFAULT_MOCK_CLIENT, type MockPinterest, startMockPinterest } from "@pinterest-kit/mock";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { MEDIA_ID, sha256, startExampleServer, UPLOAD_PARAMETERS } from "./example-server.js";
import { REPO_ROOT } from "./packed-tarballs.js";

// Bun and Deno come from the npm registry as root devDependencies (their packages ship the binary).
const runtimes = [
  { name: "bun", bin: join(REPO_ROOT, "node_modules/.bin/bun"), args: ["run"] },
  { name: "deno", bin: join(REPO_ROOT, "node_modules/.bin/deno"), args: ["run", "--allow-net", "--allow-env", "--allow-read"] },
];

let mock: MockPinterest;
beforeAll(async () => {
  mock = await startMockPinterest({ autoApprove: true });
});
afterAll(() => mock.close());

describe.each(runtimes)("the packed tarballs on $name", ({ name, bin, args }) => {
  const available = existsSync(bin) && spawnSync(bin, ["--version"]).status === 0;
  if (!available)
    console.log(
      `skipped: ${name} — no working ${name} binary at node_modules/.bin/${name} (pnpm install brings it from the npm registry).`,
    );

  test.skipIf(!available)(`runs oauth and client unchanged on ${name}`, async () => {
    // Asynchronous: the mock answering the flow runs in this very process.
    // Run inside the consumer project: the runtime resolves the installed tarballs.
    const app = inject("consumerApp");
    const result = await promisify(execFile)(bin, [...args, join(app, "runtime-flow.mjs")], {
      cwd: app,
      timeout: 60_000,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DENO_NO_UPDATE_CHECK: "1",
        MOCK_BASE_URL: mock.baseUrl,
        MOCK_AUTHORIZE_URL: mock.authorizeUrl,
        MOCK_CLIENT_ID: DEFAULT_MOCK_CLIENT.clientId,
        MOCK_CLIENT_SECRET: DEFAULT_MOCK_CLIENT.clientSecret,
        MOCK_REDIRECT_URI: "http://127.0.0.1/callback",
      },
    });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      runtime: name,
      username: expect.any(String),
      scopes: ["user_accounts:read"],
      tokenType: "bearer",
    });
  });

  test.skipIf(!available)(`uploads a video with uploadMedia on ${name}: fields in order, the file last, no token`, async () => {
    const app = inject("consumerApp");
    const server = await startExampleServer();
    try {
      const size = 100_000;
      const result = await promisify(execFile)(bin, [...args, join(app, "runtime-upload.mjs")], {
        cwd: app,
        timeout: 60_000,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          DENO_NO_UPDATE_CHECK: "1",
          PINTEREST_BASE_URL: server.baseUrl,
          PINTEREST_ACCESS_TOKEN: "pina_runtime-token",
          VIDEO_SIZE: String(size),
        },
      });
      expect(result.stderr).toBe("");
      expect(JSON.parse(result.stdout)).toEqual({ mediaId: MEDIA_ID, progress: [0, size, "processing", "succeeded"] });
      const upload = server.seen.find((request) => request.url.startsWith("upload host"));
      expect(upload?.headers.authorization).toBeUndefined();
      expect(upload?.headers["transfer-encoding"]).toBeUndefined();
      const video = new Uint8Array(size).map((_, index) => index % 251);
      expect(upload?.body).toEqual([
        ...Object.entries(UPLOAD_PARAMETERS).map(([name, value]) => ({ name, value })),
        { name: "file", fileName: "video", type: "video/mp4", size, sha256: sha256(video) },
      ]);
    } finally {
      await server.close();
    }
  });
});
