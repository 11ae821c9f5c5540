import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { DEFAULT_MOCK_CLIENT, type MockPinterest } from "@pinterest-kit/mock";

/** The built bin, run exactly as `npx pinterest-kit` would run it. */
export const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

/** A Pinterest token as the mock issues it: a kind prefix and 43 base64url characters. */
export const TOKEN_PATTERN = /pin[ar]_[A-Za-z0-9_-]{20,}/;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Start the CLI; `done` resolves when it exits. */
export function startCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { child: ChildProcess; output: () => CliRun; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const output = () => ({ code: child.exitCode, stdout, stderr });
  const done = new Promise<CliRun>((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
  return { child, output, done };
}

/** Run the CLI to the end. */
export function runCli(args: string[], env?: NodeJS.ProcessEnv): Promise<CliRun> {
  return startCli(args, env).done;
}

/** Resolve with the first authorize URL the CLI prints. */
export async function authorizeUrlFrom(run: ReturnType<typeof startCli>): Promise<string> {
  for (let waited = 0; waited < 200; waited++) {
    const match = /https?:\/\/\S+\/oauth\/\?\S+/.exec(run.output().stdout);
    if (match) return match[0];
    if (run.child.exitCode !== null) throw new Error(`the CLI exited early: ${JSON.stringify(run.output())}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no authorize URL printed: ${JSON.stringify(run.output())}`);
}

/** A TCP port that was free a moment ago (the login command needs a fixed one for its redirect URI). */
export async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Environment that points the CLI at a mock, signed in as the mock's default test client. */
export function mockEnvironment(mock: MockPinterest): NodeJS.ProcessEnv {
  return {
    PINTEREST_CLIENT_ID: DEFAULT_MOCK_CLIENT.clientId,
    PINTEREST_CLIENT_SECRET: DEFAULT_MOCK_CLIENT.clientSecret,
    PINTEREST_API_BASE_URL: mock.baseUrl,
    PINTEREST_AUTHORIZE_URL: mock.authorizeUrl,
  };
}

/** Start `pinterest-kit login` on a free port, with a loopback redirect URI the mock's default client accepts. */
export async function startLogin(mock: MockPinterest, options: { out: string; scopes?: string; extra?: string[] }) {
  const port = await freePort();
  const args = ["login", "--port", String(port), "--redirect-uri", `http://localhost:${port}/callback`, "--out", options.out];
  if (options.scopes) args.push("--scopes", options.scopes);
  return { port, run: startCli([...args, ...(options.extra ?? [])], mockEnvironment(mock)) };
}
