import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ChildConfig, ChildMessage, ParentMessage } from "./messages.js";

const CHILD = fileURLToPath(new URL("./fleet-child.ts", import.meta.url));
const RELIABILITY_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** A forked fleet child and its messages. */
export interface FleetProcess {
  readonly child: ChildProcess;
  /** The next message of `type` (rejects if the child exits first). */
  next<T extends ChildMessage["type"]>(type: T): Promise<Extract<ChildMessage, { type: T }>>;
  send(message: ParentMessage): void;
  /** Resolves with the exit code or signal once the child has exited. */
  readonly exited: Promise<string>;
  /** SIGKILL it if it still runs (and SIGCONT first, should it be stopped). */
  kill(): void;
}

/** Fork `fleet-child.ts` (through tsx) with `config`. */
export function forkFleetProcess(config: ChildConfig): FleetProcess {
  const child = fork(CHILD, [JSON.stringify(config)], {
    cwd: RELIABILITY_ROOT,
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "pipe", "ipc"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const inbox: ChildMessage[] = [];
  const waiting = new Set<() => void>();
  child.on("message", (message: ChildMessage) => {
    inbox.push(message);
    for (const wake of waiting) wake();
  });
  const exited = new Promise<string>((resolve) =>
    child.once("exit", (code, signal) => {
      resolve(signal ?? String(code));
      for (const wake of waiting) wake();
    }),
  );
  return {
    child,
    exited,
    send: (message) => child.send(message),
    kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGCONT");
      child.kill("SIGKILL");
    },
    next(type) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const index = inbox.findIndex((message) => message.type === type);
          if (index !== -1) {
            waiting.delete(check);
            resolve(inbox.splice(index, 1)[0] as never);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            waiting.delete(check);
            reject(
              new Error(`fleet child exited (${child.signalCode ?? child.exitCode}) before "${type}": ${stderr.slice(-2000)}`),
            );
          }
        };
        waiting.add(check);
        check();
      });
    },
  };
}
