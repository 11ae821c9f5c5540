/**
 * A real PostgreSQL 15 for tests: `initdb` into a temporary folder and `pg_ctl start` on a free port
 * of 127.0.0.1, trust authentication. PostgreSQL refuses to run as root, so under root (CI) the
 * server runs as the `postgres` user the Debian package creates, owning the folder.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

/** A running server: connect with `connectionString`; `signal()` pauses or resumes all its processes. */
export interface PostgresServer {
  port: number;
  connectionString: string;
  /** Sends `signal` to the postmaster and each of its children; returns the pids that received it. */
  signal(signal: "SIGSTOP" | "SIGCONT"): Promise<number[]>;
  /** Stop it (`pg_ctl stop -m fast`: every connection is closed), run `whileDown` if given, start it again on the same port and data. */
  restart(options?: { whileDown?: () => Promise<unknown> }): Promise<void>;
  stop(): Promise<void>;
}

/** Why the server cannot start here (no binaries), or undefined when it can. */
export function postgresUnavailable(): string | undefined {
  if (existsSync(join(BIN, "pg_ctl")) && existsSync(join(BIN, "initdb"))) return undefined;
  return `PostgreSQL 15 not found in ${BIN}: apt-get install postgresql (or set PG_BIN)`;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Start a fresh server; the caller stops it. */
export async function startPostgres(): Promise<PostgresServer> {
  const why = postgresUnavailable();
  if (why) throw new Error(why);
  const asRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(join(tmpdir(), "pinterest-kit-pg-"));
  const exec = (file: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", join(BIN, file), ...args]) : run(join(BIN, file), args);
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    await chown(dir, Number(stdout), Number(gid));
  }
  const data = join(dir, "data");
  await exec("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync", "--no-instructions"]);
  const start = (port: number) => {
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
    return exec("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "-t", "60", "start"]);
  };
  const failed = async (step: string, error: unknown) => {
    const log = await readFile(join(dir, "log"), "utf8").catch(() => "");
    return new Error(`pg_ctl ${step} failed: ${(error as Error).message}\n${log.slice(-2000)}`);
  };
  let port = 0;
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    try {
      await start(port);
      break;
    } catch (error) {
      if (attempt >= 2) throw await failed("start", error);
    }
  }
  const readPostmasterPid = async () => Number((await readFile(join(data, "postmaster.pid"), "utf8")).split("\n")[0]);
  let postmasterPid = await readPostmasterPid();
  return {
    port,
    connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async signal(signal) {
      const { stdout } = await run("pgrep", ["-P", String(postmasterPid)]).catch(() => ({ stdout: "" }));
      const signalled: number[] = [];
      for (const pid of [postmasterPid, ...stdout.split("\n").filter(Boolean).map(Number)]) {
        try {
          process.kill(pid, signal);
          signalled.push(pid);
        } catch (error) {
          // A backend whose connection just closed exits between pgrep and the signal: nothing to pause.
          if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
        }
      }
      return signalled;
    },
    async restart({ whileDown } = {}) {
      await exec("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      await whileDown?.();
      await start(port).catch(async (error: unknown) => {
        throw await failed("start after a restart", error);
      });
      postmasterPid = await readPostmasterPid();
    },
    async stop() {
      await exec("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
