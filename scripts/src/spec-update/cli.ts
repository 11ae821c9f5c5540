import { parseArgs } from "node:util";
import { repoRoot, specLayout } from "../shared/repo-paths.js";
import { runMain } from "../shared/run-main.js";
import { formatChangeReport } from "./change-report.js";
import { readUpstream } from "./read-upstream.js";
import { DEFAULT_SELECTION, normalizeSelection, type OperationSelection } from "./select-operations.js";
import { updateSpec } from "./update-spec.js";

const USAGE = `Usage: pnpm spec:update --from <file | https URL> [--tags a,b] [--operations a,b] [--exclude-operations a,b]

Extracts the selected operations and everything they reference from Pinterest's OpenAPI
description into spec/pinterest-v5.json, writes spec/spec.lock.json, and prints what changed
against the previous pin.

  --tags                every operation carrying one of these tags (e.g. boards,pins)
  --operations          these operationIds (e.g. oauth/token,user_account/get)
  --exclude-operations  leave these operationIds out of the ones the tags select

With none of the three, the selection spec/spec.lock.json records is applied again (first pin:
--operations ${DEFAULT_SELECTION.operations.join(",")}).`;

const list = (value: string | undefined) => (value ?? "").split(",");

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      from: { type: "string" },
      tags: { type: "string" },
      operations: { type: "string" },
      "exclude-operations": { type: "string" },
      // --root points spec:update at another checkout (the tests use a temporary folder).
      root: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.from) {
    console.error(`spec:update: --from is required.\n\n${USAGE}`);
    return 2;
  }
  const given = values.tags !== undefined || values.operations !== undefined || values["exclude-operations"] !== undefined;
  if (given && !values.tags && !values.operations) {
    console.error(`spec:update: --exclude-operations needs --tags or --operations to exclude from.\n\n${USAGE}`);
    return 2;
  }
  const selection: OperationSelection | undefined = given
    ? normalizeSelection({
        tags: list(values.tags),
        operations: list(values.operations),
        excludeOperations: list(values["exclude-operations"]),
      })
    : undefined;
  // pnpm runs scripts from the workspace root; INIT_CWD is where the user typed the command.
  const root = values.root ?? repoRoot;
  const upstream = await readUpstream(values.from, { repoRoot: root, cwd: process.env.INIT_CWD });
  const result = await updateSpec(upstream, specLayout(root), { selection });
  const how = { given: "as selected", lock: "with the selection spec/spec.lock.json records", default: "(default selection)" };
  console.log(
    `Pinned ${result.lock.operations.length} operation(s) from Pinterest API ${result.lock.upstream.version} (${upstream.source}) ${how[result.selectionFrom]}.`,
  );
  console.log(`fragment sha256 ${result.lock.fragment.sha256}`);
  console.log(result.firstPin ? "First pin: nothing to compare against." : formatChangeReport(result.changes));
  console.log("Next: pnpm generate");
  return 0;
}

runMain(main);
