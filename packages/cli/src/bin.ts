#!/usr/bin/env node
import { api } from "./commands/api.js";
import { demo } from "./commands/demo.js";
import { login } from "./commands/login.js";
import { mock } from "./commands/mock.js";
import { pin } from "./commands/pin.js";
import { refresh, revoke } from "./commands/token-file-commands.js";
import { UsageError } from "./usage-error.js";

const HELP = `Usage: pinterest-kit <command> [options]

Commands:
  login     sign a user in (authorization code) and write the tokens to a file
  api       call a Pinterest API v5 operation with the stored tokens and print the JSON
  pin       create a Pin from an image URL or an uploaded video (pin create --help)
  refresh   refresh the tokens in a token file
  revoke    revoke the tokens in a token file
  mock      run a local Pinterest in the foreground
  demo      run the whole OAuth flow against an embedded local Pinterest

Run \`pinterest-kit <command> --help\` for a command's options.`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = { login, api, pin, refresh, revoke, mock, demo };

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    console.log(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(", ")}.`);
  return command(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Errors of the oauth package carry no secrets; print the one line that says what to do.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`pinterest-kit: ${message}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
