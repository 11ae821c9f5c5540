import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type PostgresServer, postgresUnavailable, startPostgres } from "@pinterest-kit/store-conformance/postgres-server";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";

const app = inject("consumerApp");
const unavailable = postgresUnavailable();
if (unavailable && process.env.CI === "true") throw new Error(`${unavailable} (CI=true: the PostgreSQL consumer test must run)`);
if (unavailable) console.log(`skipped: consumer postgres-store example: ${unavailable}`);

/** The README's "Two workers, one user" example, as the installed package ships it. */
async function readmeWorker(): Promise<string> {
  const readme = await readFile(join(app, "node_modules/@pinterest-kit/postgres-store/README.md"), "utf8");
  const section = readme.split("## Two workers, one user")[1] ?? "";
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  if (!code) throw new Error("the packed README has no js example under 'Two workers, one user'");
  return code;
}

describe.runIf(!unavailable)("@pinterest-kit/postgres-store from the packed tarball", () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(() => server?.stop());

  test("the README example keeps two workers' sessions of one user consistent through PostgreSQL", async () => {
    await writeFile(join(app, "worker.mjs"), await readmeWorker());
    const result = spawnSync(process.execPath, ["postgres-two-workers.mjs"], {
      cwd: app,
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, DATABASE_URL: server.connectionString },
    });
    expect(result.stderr).toBe("");
    const { initialAccessToken, workers, stored, refreshes } = JSON.parse(result.stdout);
    expect(refreshes).toBe(1);
    expect(workers).toEqual([stored, stored]);
    expect(stored.accessToken).not.toBe(initialAccessToken);
  });
});
