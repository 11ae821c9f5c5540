import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DEFAULT_MOCK_CLIENT, startMockPinterest } from "@pinterest-kit/mock";
import { redisAvailable, startRedis } from "@pinterest-kit/test-redis";
import { expect, inject, test } from "vitest";

const app = inject("consumerApp");
const REDIRECT_URI = "http://127.0.0.1/callback";

/** Run `node file` in the consumer app with `env`; resolves with its exit code and output. */
function node(file: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file], { cwd: app, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

test.skipIf(!redisAvailable("the redis-store README example"))(
  "the README's two-workers example, run twice at once from the installed tarball, shares one refresh through Redis",
  async () => {
    // The example as the README shows it, from the tarball's own README.
    const readme = await readFile(join(app, "node_modules/@pinterest-kit/redis-store/README.md"), "utf8");
    const example = /<!-- consumer-test: two-workers\.mjs -->\s*```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    await writeFile(join(app, "two-workers.mjs"), example as string);

    const redis = await startRedis();
    const mock = await startMockPinterest();
    try {
      const env = {
        REDIS_URL: redis.url,
        PINTEREST_APP_ID: DEFAULT_MOCK_CLIENT.clientId,
        PINTEREST_APP_SECRET: DEFAULT_MOCK_CLIENT.clientSecret,
        PINTEREST_REDIRECT_URI: REDIRECT_URI,
        PINTEREST_API_BASE_URL: mock.baseUrl,
        USER_ID: "42",
      };
      const seed = await node("redis-seed.mjs", {
        ...env,
        CODE: mock.issueCode({ redirectUri: REDIRECT_URI, scopes: ["user_accounts:read"] }),
      });
      expect(seed.stderr).toBe("");
      const { stored, refreshToken } = JSON.parse(seed.stdout) as { stored: boolean; refreshToken: string };
      expect(stored).toBe(true);
      const grant = mock.grantOf(refreshToken);

      const [first, second] = await Promise.all([node("two-workers.mjs", env), node("two-workers.mjs", env)]);
      expect([first?.code, second?.code, first?.stderr, second?.stderr]).toEqual([0, 0, "", ""]);
      const token = first?.stdout.trim();
      expect(token).toMatch(/^pina_/);
      expect(second?.stdout.trim()).toBe(token);
      expect(mock.grantHistory(grant?.grantId as string)?.refreshes).toBe(1);
      expect(mock.grantOf(token as string)?.grantId).toBe(grant?.grantId);
    } finally {
      await mock.close();
      await redis.stop();
    }
  },
);
