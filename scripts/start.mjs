#!/usr/bin/env node
// The README's main job: check the generated client against the pinned spec, build every package,
// and show what the client exposes.
import { spawnSync } from "node:child_process";

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run("pnpm", ["-s", "generate", "--check"]);
run("pnpm", ["-s", "turbo", "run", "build", "--output-logs=errors-only"]);
const client = await import("../packages/client/dist/index.js");
console.log(`\n@pinterest-kit/client for Pinterest API v5 ${client.PINTEREST_API_VERSION} (${client.PINTEREST_SERVER_URL})`);
for (const [operationId, { method, path, requestContentType }] of Object.entries(client.PINTEREST_OPERATIONS)) {
  console.log(`  ${method.padEnd(5)} ${path.padEnd(22)} ${operationId.padEnd(18)} ${requestContentType ?? ""}`);
}
console.log(`  ${client.PINTEREST_SCOPES.length} OAuth scopes, authorize at ${client.PINTEREST_AUTHORIZATION_URL}`);
