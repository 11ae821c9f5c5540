import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { StoreOpenOptions } from "../driver.js";
import type { ChildCommand, ChildReply } from "./child-process.js";

const CHILD = fileURLToPath(new URL("./child-process.ts", import.meta.url));

/** A worker process holding one store instance, driven command by command. */
export interface StoreChild {
  readonly process: ChildProcess;
  /** Run a command; resolves with its reply, rejects if the child answered with an error or died. */
  send(command: ChildCommand): Promise<ChildReply & { ok: true }>;
  /** SIGSTOP / SIGCONT / SIGKILL the child. */
  signal(signal: "SIGSTOP" | "SIGCONT" | "SIGKILL"): void;
  /** Ask the child to close its store and exit; kills it if it does not within a few seconds. */
  exit(): Promise<void>;
}

/** Start a child process opening `address` through `childModule`; resolves once its store is open. */
export async function spawnStoreChild(childModule: string, address: string, options: StoreOpenOptions = {}): Promise<StoreChild> {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, childModule, address, JSON.stringify(options)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const waiting: { resolve: (reply: ChildReply) => void; reject: (error: Error) => void }[] = [];
  let exited: Error | undefined;
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
    waiting.shift()?.resolve(JSON.parse(line) as ChildReply);
  });
  child.on("exit", (code, signal) => {
    exited = new Error(`store child exited (${signal ?? code})`);
    for (const waiter of waiting.splice(0)) waiter.reject(exited);
  });
  const next = () =>
    new Promise<ChildReply>((resolve, reject) => {
      if (exited) reject(exited);
      else waiting.push({ resolve, reject });
    });
  const started = await next();
  if (!started.ok) throw new Error(`store child failed to start: ${started.error}`);
  return {
    process: child,
    async send(command) {
      const reply = next();
      child.stdin?.write(`${JSON.stringify(command)}\n`);
      const answer = await reply;
      if (!answer.ok) throw new Error(`store child: ${command.op} failed: ${answer.error}`);
      return answer;
    },
    signal(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    async exit() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGCONT");
      child.stdin?.end(`${JSON.stringify({ op: "exit" })}\n`);
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await gone;
      clearTimeout(timer);
    },
  };
}
