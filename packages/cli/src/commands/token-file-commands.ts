import { parseArgs } from "node:util";
import { createPinterestOAuth, createSession, type TokenSet } from "@pinterest-kit/oauth";
import { fileStore } from "@pinterest-kit/oauth/file-store";
import { clientCredentialsFromEnv, endpointsFromEnv } from "../environment.js";
import { printTokenSummary } from "../token-summary.js";
import { UsageError, usageErrorFrom } from "../usage-error.js";

export const REFRESH_HELP = `Usage: pinterest-kit refresh --token-file FILE

Refreshes the access token stored in FILE (written by \`pinterest-kit login\`) and stores the new
tokens, including the rotated refresh token, back into FILE. Reads PINTEREST_CLIENT_ID and
PINTEREST_CLIENT_SECRET from the environment.`;

export const REVOKE_HELP = `Usage: pinterest-kit revoke --token-file FILE

Revokes the access and refresh tokens stored in FILE at Pinterest. Reads PINTEREST_CLIENT_ID and
PINTEREST_CLIENT_SECRET from the environment. The file is left in place; delete it yourself.`;

async function openTokenFile(command: "refresh" | "revoke", argv: string[], help: string) {
  let values: { "token-file"?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { "token-file": { type: "string" }, help: { type: "boolean", short: "h" } },
    }));
  } catch (error) {
    throw usageErrorFrom(command, error);
  }
  if (values.help) {
    console.log(help);
    return undefined;
  }
  const file = values["token-file"];
  if (!file) throw new UsageError(`${command}: --token-file is required. Run \`pinterest-kit ${command} --help\`.`);
  const oauth = createPinterestOAuth({ ...clientCredentialsFromEnv(command), ...endpointsFromEnv() });
  const store = fileStore(file);
  const tokens = await store.load();
  if (!tokens) throw new UsageError(`${command}: ${file} holds no tokens. Run \`pinterest-kit login --out ${file}\` first.`);
  return { file, oauth, store, tokens };
}

/** `pinterest-kit refresh`: one refresh through a session, so the rotated refresh token is stored before anything else. */
export async function refresh(argv: string[]): Promise<number> {
  const opened = await openTokenFile("refresh", argv, REFRESH_HELP);
  if (!opened) return 0;
  if (!opened.tokens.refreshToken)
    throw new UsageError(`refresh: ${opened.file} has no refresh token; sign in again with \`pinterest-kit login\`.`);
  const session = createSession(opened.oauth, { tokens: opened.tokens, store: opened.store });
  const tokens: TokenSet = await session.refresh();
  printTokenSummary(tokens, opened.file);
  return 0;
}

/** `pinterest-kit revoke`: revoke both stored tokens. */
export async function revoke(argv: string[]): Promise<number> {
  const opened = await openTokenFile("revoke", argv, REVOKE_HELP);
  if (!opened) return 0;
  const { oauth, tokens, file } = opened;
  await oauth.revokeToken(tokens.accessToken, { tokenTypeHint: "access_token" });
  if (tokens.refreshToken) await oauth.revokeToken(tokens.refreshToken, { tokenTypeHint: "refresh_token" });
  console.log(`Revoked the access${tokens.refreshToken ? " and refresh" : ""} token stored in ${file}.`);
  return 0;
}
