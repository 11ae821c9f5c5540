import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterEach, expect, test } from "vitest";
import { fileStore } from "../../src/node/file-store.js";
import { tokensAt } from "../session/session-fixtures.js";
import { startTokenServer, type TokenServer, tokenBody } from "../token-server.js";

const WORKER = fileURLToPath(new URL("./fixtures/refresh-worker.ts", import.meta.url));

let server: TokenServer | undefined;
let dir: string | undefined;
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) child.kill();
  await server?.close({ force: true });
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A worker process and its stdout lines, in order. */
function startWorker(path: string, baseUrl: string) {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER, path, baseUrl], { stdio: ["pipe", "pipe", "inherit"] });
  children.push(child);
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })[Symbol.asyncIterator]();
  const next = async () => {
    const line = await lines.next();
    if (line.done) throw new Error("worker exited early");
    return line.value;
  };
  return { child, next };
}

test("two sessions in two processes on one fileStore refresh once between them", { timeout: 60_000 }, async () => {
  let issued = 0;
  server = await startTokenServer({
    fallback: async () => {
      issued++;
      // Answer slowly, so the second process asks while the first refresh is still in flight.
      await new Promise((resolve) => setTimeout(resolve, 300));
      return {
        body: tokenBody({ access_token: `pina_access_${issued}`, refresh_token: `pinr_refresh_${issued}`, expires_in: 3600 }),
      };
    },
  });
  dir = await mkdtemp(join(tmpdir(), "oauth-two-processes-"));
  const path = join(dir, "tokens.json");
  const expired = tokensAt(Date.now() - 2 * 3_600_000, 3_600_000, "pinr_shared_initial");
  await fileStore(path).compareAndSet(undefined, expired);

  const workers = [startWorker(path, server.baseUrl), startWorker(path, server.baseUrl)];
  for (const worker of workers) expect(await worker.next()).toBe("ready");
  for (const worker of workers) worker.child.stdin?.write("go\n");
  const results = await Promise.all(workers.map(async (worker) => JSON.parse(await worker.next())));

  expect(server.requests).toHaveLength(1);
  expect(server.requests[0]?.body).toBe("grant_type=refresh_token&refresh_token=pinr_shared_initial");
  expect(results).toEqual([
    { accessToken: "pina_access_1", refreshToken: "pinr_refresh_1" },
    { accessToken: "pina_access_1", refreshToken: "pinr_refresh_1" },
  ]);
  expect((await fileStore(path).load())?.refreshToken).toBe("pinr_refresh_1");
});
