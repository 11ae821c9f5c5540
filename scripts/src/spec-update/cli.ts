import { parseArgs } from "node:util";
import { repoRoot, specLayout } from "../shared/repo-paths.js";
import { runMain } from "../shared/run-main.js";
import { formatChangeReport } from "./change-report.js";
import { DEFAULT_OPERATIONS } from "./extract-fragment.js";
import { readUpstream } from "./read-upstream.js";
import { updateSpec } from "./update-spec.js";

const USAGE = `Usage: pnpm spec:update --from <file | https URL> [--operations a,b,c]

Extracts the chosen operations (default: ${DEFAULT_OPERATIONS.join(",")}) and everything they
reference from Pinterest's OpenAPI description into spec/pinterest-v5.json, writes
spec/spec.lock.json, and prints what changed against the previous pin.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { from: { type: "string" }, operations: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.from) {
    console.error(`spec:update: --from is required.\n\n${USAGE}`);
    return 2;
  }
  const operations = values.operations
    ? values.operations
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean)
    : [...DEFAULT_OPERATIONS];
  // pnpm runs scripts from the workspace root; INIT_CWD is where the user typed the command.
  const upstream = await readUpstream(values.from, { repoRoot, cwd: process.env.INIT_CWD });
  const result = await updateSpec(upstream, operations, specLayout());
  console.log(
    `Pinned ${operations.length} operation(s) from Pinterest API ${result.lock.upstream.version} (${upstream.source}).`,
  );
  console.log(`fragment sha256 ${result.lock.fragment.sha256}`);
  console.log(result.firstPin ? "First pin: nothing to compare against." : formatChangeReport(result.changes));
  console.log("Next: pnpm generate");
  return 0;
}

runMain(main);
