import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { type PagedPath, PINTEREST_OPERATIONS, PinterestApiError, paginate, unwrap } from "@pinterest-kit/client";
import { parseFields } from "../api/request-fields.js";
import { closestOperations, type ResolvedOperation, resolveOperation } from "../api/resolve-operation.js";
import { DEFAULT_TOKEN_FILE, describeApiError, signedInClient } from "../signed-in-client.js";
import { UsageError, usageErrorFrom } from "../usage-error.js";

export const API_HELP = `Usage: pinterest-kit api <METHOD> <path> [options]

Calls one operation of Pinterest API v5 with the tokens \`pinterest-kit login\` wrote, and prints
the JSON answer. The path is checked against the pinned operations (e.g. GET /boards,
POST /pins, GET /boards/<board_id>/pins). Tokens due for refresh are refreshed through a session
and the rotation is stored back (needs PINTEREST_CLIENT_ID and PINTEREST_CLIENT_SECRET).

  -f, --raw-field key=value   a string field (query for GET/DELETE, JSON body otherwise);
                              key[sub]=v nests, key[]=v appends
  -F, --field key=value       a typed field: true, false, null and numbers as JSON
  --input FILE                the JSON request body from FILE (- for standard input); fields then go to the query
  --paginate                  follow bookmarks and print every item, one JSON value per line
  --slurp                     with --paginate: print one JSON array instead
  --token-file FILE           token file (default: pinterest-token.json)
  --sandbox                   call https://api-sandbox.pinterest.com/v5
  -h, --help

Errors print one line with Pinterest's code and message and exit 1; usage errors exit 2.
PINTEREST_API_BASE_URL points it at another server (pinterest-kit mock).`;

const BODY_METHODS = new Set(["POST", "PATCH", "PUT"]);

/** `pinterest-kit api`: one API call (or every page of one), in the manner of `gh api`. */
export async function api(argv: string[]): Promise<number> {
  const flags = readFlags(argv);
  if (flags === undefined) return 0;
  const { method, operation, query, paginateAll, slurp } = flags;
  const body = flags.input === undefined ? flags.body : await readJsonInput(flags.input);
  const client = await signedInClient("api", flags.tokenFile, flags.sandbox);
  const params = { path: operation.pathParams, query };
  try {
    if (paginateAll) {
      const items: unknown[] = [];
      for await (const item of paginate(client, operation.template as PagedPath, { params } as never)) {
        if (slurp) items.push(item);
        else console.log(JSON.stringify(item));
      }
      if (slurp) console.log(JSON.stringify(items, null, 2));
      return 0;
    }
    const call = client.request(
      method.toLowerCase() as "get",
      operation.template as "/user_account",
      {
        params,
        ...(body === undefined ? {} : { body }),
      } as never,
    );
    const data = await unwrap(call);
    if (data !== undefined && data !== "") console.log(JSON.stringify(data, null, 2));
    return 0;
  } catch (error) {
    if (!(error instanceof PinterestApiError)) throw error;
    console.error(`pinterest-kit: ${describeApiError(error, flags.tokenFile)}`);
    return 1;
  }
}

interface ApiFlags {
  method: string;
  operation: ResolvedOperation;
  query: Record<string, unknown>;
  body: unknown;
  paginateAll: boolean;
  slurp: boolean;
  tokenFile: string;
  sandbox: boolean;
}

function readFlags(argv: string[]): (ApiFlags & { input?: string }) | undefined {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw usageErrorFrom("api", error);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(API_HELP);
    return undefined;
  }
  const [rawMethod, path, ...extra] = positionals;
  if (rawMethod === undefined || path === undefined || extra.length > 0) {
    throw new UsageError("api: give a method and a path, e.g. `pinterest-kit api GET /boards`. Run `pinterest-kit api --help`.");
  }
  const method = rawMethod.toUpperCase();
  const operation = resolveOperation(method, path);
  if (!operation) {
    throw new UsageError(
      `api: ${method} ${path} is not a pinned Pinterest operation. Closest: ${closestOperations(method, path).join(", ")}.`,
    );
  }
  const fields = parseFields([
    ...(values["raw-field"] ?? []).map((text) => ({ raw: true, text })),
    ...(values.field ?? []).map((text) => ({ raw: false, text })),
  ]);
  const paginateAll = values.paginate === true;
  if (values.slurp && !paginateAll) throw new UsageError("api: --slurp only goes with --paginate.");
  if (paginateAll && !PINTEREST_OPERATIONS[operation.operationId].paginated) {
    throw new UsageError(`api: --paginate: ${method} ${operation.template} does not page (it takes no bookmark).`);
  }
  const fieldsInBody = BODY_METHODS.has(method) && values.input === undefined;
  return {
    method,
    operation,
    query: fieldsInBody ? {} : fields,
    body: fieldsInBody ? (Object.keys(fields).length > 0 ? fields : undefined) : undefined,
    paginateAll,
    slurp: values.slurp === true,
    tokenFile: values["token-file"] ?? DEFAULT_TOKEN_FILE,
    sandbox: values.sandbox === true,
    ...(values.input === undefined ? {} : { input: values.input }),
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "raw-field": { type: "string", short: "f", multiple: true },
      field: { type: "string", short: "F", multiple: true },
      input: { type: "string" },
      paginate: { type: "boolean" },
      slurp: { type: "boolean" },
      "token-file": { type: "string" },
      sandbox: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}

/** The request body of `--input FILE` or `--input -` (standard input), which must be JSON. */
async function readJsonInput(input: string): Promise<unknown> {
  let text: string;
  try {
    text = input === "-" ? await readStdin() : await readFile(input, "utf8");
  } catch (error) {
    throw new UsageError(`api: --input ${input}: ${(error as Error).message.split("\n")[0]}.`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`api: --input ${input} is not JSON; give the request body as a JSON document.`);
  }
}

async function readStdin(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text;
}
