import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port.js";

/** Options of {@link startRedis}. */
export interface StartRedisOptions {
  /** Keep data across {@link RedisServer.restart} (append-only file, fsync on every write); default false. */
  appendOnly?: boolean;
  /** Extra `redis-server` arguments, e.g. `["--cluster-enabled", "yes"]`. */
  args?: readonly string[];
}

/** A `redis-server` child process on 127.0.0.1. */
export interface RedisServer {
  readonly port: number;
  readonly url: string;
  readonly dir: string;
  readonly pid: number;
  /** Stop it (SIGTERM, then SIGKILL after 5 s), run `whileDown` if given, and start it again on the same port and folder. */
  restart(options?: { whileDown?: () => Promise<unknown> }): Promise<void>;
  /** SIGSTOP: the port stays open and accepts connections, but nothing answers. */
  pause(): void;
  /** SIGCONT after {@link pause}. */
  resume(): void;
  /** Stop it and delete its folder. */
  stop(): Promise<void>;
}

/** Start `redis-server` on a free port in a fresh temporary folder; resolves once it answers PING. */
export async function startRedis(options: StartRedisOptions = {}): Promise<RedisServer> {
  const dir = await mkdtemp(join(tmpdir(), "pinterest-kit-redis-"));
  const port = await freePort();
  // biome-ignore format: one flag and its value per pair
  const args = [
    "--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "",
    "--appendonly", options.appendOnly ? "yes" : "no", "--appendfsync", "always",
    "--protected-mode", "no", "--loglevel", "warning", ...(options.args ?? []),
  ];
  let child = await launch(args, port);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    get pid() {
      return child.pid as number;
    },
    async restart({ whileDown } = {}) {
      await terminate(child);
      await whileDown?.();
      child = await launch(args, port);
    },
    pause: () => child.kill("SIGSTOP"),
    resume: () => child.kill("SIGCONT"),
    async stop() {
      child.kill("SIGCONT");
      await terminate(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function launch(args: readonly string[], port: number): Promise<ChildProcess> {
  const child = spawn("redis-server", args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`redis-server exited (${code}) on port ${port}: ${stderr.trim()}`))),
  );
  exited.catch(() => {});
  await Promise.race([waitForPong(port, 10_000), exited]);
  return child;
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGCONT");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Send `PING` until a `+PONG` comes back, or fail after `ms`. */
export async function waitForPong(port: number, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if ((await sendRaw(port, "PING\r\n").catch(() => "")).startsWith("+PONG")) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server on port ${port} did not answer PING within ${ms} ms.`);
}

/** One inline command over a fresh connection; resolves with the first chunk of the answer. */
export function sendRaw(port: number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.setTimeout(2_000, () => socket.destroy(new Error("timeout")));
    socket.once("error", reject);
    socket.once("connect", () => socket.write(command));
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString("utf8"));
    });
  });
}
