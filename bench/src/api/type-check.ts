import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { repoRoot } from "../paths.js";
import { runCommand } from "../run-command.js";
import { currentConsumer, earlierConsumer } from "./consumer-files.js";

/** The last commit whose pinned fragment held 3 operations (oauth/token, token/revoke, user_account/get). */
export const EARLIER_FRAGMENT_COMMIT = "235b97f";
const SCHEMA = "packages/client/src/generated/schema.ts";

export interface TypeCheckProject {
  name: string;
  dir: string;
  fileBytes: number;
}

export interface TypeCheckRun {
  wallMs: number;
  /** tsc's own "Check time" (type checking alone, without start-up and parsing). */
  checkMs: number;
}

/**
 * Two throwaway projects in the system temp folder, each a schema and a consumer file with
 * `tsconfig.json` mapping `openapi-fetch` to the client's copy: today's generated schema, and the
 * one at {@link EARLIER_FRAGMENT_COMMIT} (read with `git show`). Undefined (with the reason) when
 * git or that commit is not there, as in a shallow clone.
 */
export async function typeCheckProjects(): Promise<{ projects: TypeCheckProject[]; cleanup: () => Promise<void> } | string> {
  const earlier = await runCommand("git", ["show", `${EARLIER_FRAGMENT_COMMIT}:${SCHEMA}`], { cwd: repoRoot });
  if (earlier.code !== 0) return `git show ${EARLIER_FRAGMENT_COMMIT}:${SCHEMA} failed (a shallow clone?)`;
  const fetchTypes = join(
    dirname(createRequire(join(repoRoot, "packages/client/package.json")).resolve("openapi-fetch/package.json")),
    "dist/index.d.mts",
  );
  const root = await mkdtemp(join(tmpdir(), "pinterest-kit-tsc-"));
  const tsconfig = JSON.stringify({
    compilerOptions: {
      target: "ES2022",
      module: "ESNext",
      moduleResolution: "Bundler",
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
      paths: { "openapi-fetch": [fetchTypes] },
    },
    files: ["consumer.ts"],
  });
  const project = async (name: string, schema: string, consumer: string): Promise<TypeCheckProject> => {
    const dir = join(root, name);
    await mkdir(dir);
    await writeFile(join(dir, "schema.ts"), schema);
    await writeFile(join(dir, "consumer.ts"), consumer);
    await writeFile(join(dir, "tsconfig.json"), tsconfig);
    return { name, dir, fileBytes: Buffer.byteLength(consumer) };
  };
  const current = await readFile(join(repoRoot, SCHEMA), "utf8");
  const projects = [
    await project("41 operations, 20 called", current, currentConsumer()),
    await project("3 operations, 20 calls", earlier.output, earlierConsumer()),
  ];
  return { projects, cleanup: () => rm(root, { recursive: true, force: true }) };
}

const tsc = createRequire(join(repoRoot, "package.json")).resolve("typescript/bin/tsc");

/** `tsc --noEmit -p <project> --extendedDiagnostics`, timed spawn to exit; throws if it reports errors. */
export async function runTypeCheck(project: TypeCheckProject): Promise<TypeCheckRun> {
  const run = await runCommand(process.execPath, [tsc, "-p", project.dir, "--extendedDiagnostics"], { cwd: project.dir });
  if (run.code !== 0) throw new Error(`tsc failed on ${project.name}:\n${run.output.slice(0, 2000)}`);
  const check = /Check time:\s+([\d.]+)s/.exec(run.output);
  return { wallMs: run.ms, checkMs: check ? Number(check[1]) * 1000 : Number.NaN };
}
