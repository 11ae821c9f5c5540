import { execFile, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { DEFAULT_MOCK_CLIENT, type MockPinterest, startMockPinterest } from "@pinterest-kit/mock";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
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

describe.each(runtimes)("the authorization-code flow on $name", ({ name, bin, args }) => {
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
});
