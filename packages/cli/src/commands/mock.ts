import { parseArgs } from "node:util";
import { startMockPinterest } from "@pinterest-kit/mock";
import { UsageError, usageErrorFrom } from "../usage-error.js";

export const MOCK_HELP = `Usage: pinterest-kit mock [--port 8086] [--auto-approve]

Runs the local Pinterest (@pinterest-kit/mock) in the foreground until Ctrl-C, and prints its URLs
and test client. Point the other commands at it with:

  PINTEREST_API_BASE_URL=<base URL> PINTEREST_AUTHORIZE_URL=<authorize URL>`;

/** `pinterest-kit mock`: the mock server in the foreground. */
export async function mock(argv: string[]): Promise<number> {
  let values: { port?: string; "auto-approve"?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: "string", default: "8086" },
        "auto-approve": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw usageErrorFrom("mock", error);
  }
  if (values.help) {
    console.log(MOCK_HELP);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`mock: --port ${values.port} is not a port number (0-65535).`);
  const server = await startMockPinterest({ port, autoApprove: values["auto-approve"] === true });
  const [client] = server.clients;
  console.log(`Mock Pinterest listening.
  PINTEREST_API_BASE_URL=${server.baseUrl}
  PINTEREST_AUTHORIZE_URL=${server.authorizeUrl}
  test client: PINTEREST_CLIENT_ID=${client?.clientId} PINTEREST_CLIENT_SECRET=${client?.clientSecret}
  redirect URIs: ${client?.redirectUris.join(", ")}
Ctrl-C to stop.`);
  await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
  await server.close();
  return 0;
}
