import { type ChildProcess, fork } from "node:child_process";

export interface ChildServer {
  port: number;
  /** Everything else the server reported with its port (e.g. a token it minted). */
  info: Readonly<Record<string, unknown>>;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Start a server module in its own Node process (with tsx, which only compiles at load) and wait for
 * it to report `{ port }` over IPC. Disconnecting tells it to close and exit.
 */
export function startChildServer(module: string): Promise<ChildServer> {
  return new Promise((resolve, reject) => {
    const child = fork(module, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    const fail = (error: Error) => reject(error);
    child.once("error", fail);
    child.once("exit", (code) => reject(new Error(`${module} exited with ${code} before listening`)));
    child.once("message", (message) => {
      child.removeAllListeners("exit");
      child.off("error", fail);
      const stop = () =>
        new Promise<void>((done) => {
          if (child.exitCode !== null) return done();
          child.once("exit", () => done());
          child.disconnect();
        });
      const { port, ...info } = message as { port: number };
      resolve({ port, info, child, stop });
    });
  });
}
