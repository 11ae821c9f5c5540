#!/usr/bin/env node
// The README's main job: check the generated code against the pinned spec, build every package,
// then run the whole OAuth flow against the embedded mock — or, when app credentials are set,
// sign in to the real Pinterest.
import { spawnSync } from "node:child_process";

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run("pnpm", ["-s", "generate", "--check"]);
run("pnpm", ["-s", "turbo", "run", "build", "--output-logs=errors-only"]);
const haveCredentials = Boolean(process.env.PINTEREST_CLIENT_ID && process.env.PINTEREST_CLIENT_SECRET);
const command = haveCredentials ? "login" : "demo";
console.log(
  `\n$ pinterest-kit ${command}${haveCredentials ? "" : "    (no PINTEREST_CLIENT_ID/SECRET set: the local mock plays Pinterest)"}\n`,
);
run(process.execPath, ["packages/cli/dist/bin.js", command, ...process.argv.slice(2)]);
