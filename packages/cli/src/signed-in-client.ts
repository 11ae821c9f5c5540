import { createPinterestClient, type PinterestApiError, type PinterestClient } from "@pinterest-kit/client";
import { createPinterestOAuth, createSession } from "@pinterest-kit/oauth";
import { fileStore } from "@pinterest-kit/oauth/file-store";
import { endpointsFromEnv } from "./environment.js";
import { UsageError } from "./usage-error.js";

/** Where the commands read tokens from unless `--token-file` says otherwise: what `login` writes. */
export const DEFAULT_TOKEN_FILE = "pinterest-token.json";

/**
 * A client that sends the stored user's token. With the app's credentials in the environment it
 * goes through a session (refresh when due, the rotation stored back before use, one replay after a
 * rejected token); without them the stored access token is sent as it is while it is valid.
 */
export async function signedInClient(command: string, tokenFile: string, sandbox: boolean): Promise<PinterestClient> {
  const store = fileStore(tokenFile);
  const tokens = await store.load();
  if (!tokens)
    throw new UsageError(`${command}: ${tokenFile} holds no tokens. Run \`pinterest-kit login --out ${tokenFile}\` first.`);
  const endpoints = endpointsFromEnv();
  const client = createPinterestClient(
    endpoints.baseUrl ? { baseUrl: endpoints.baseUrl } : sandbox ? { environment: "sandbox" } : {},
  );
  const clientId = process.env.PINTEREST_CLIENT_ID?.trim();
  const clientSecret = process.env.PINTEREST_CLIENT_SECRET?.trim();
  if (clientId && clientSecret) {
    const oauth = createPinterestOAuth({ clientId, clientSecret, ...endpoints });
    client.use(createSession(oauth, { tokens, store }).middleware());
    return client;
  }
  if (tokens.expiresAt <= Date.now()) {
    throw new UsageError(
      `${command}: the access token in ${tokenFile} has expired; set PINTEREST_CLIENT_ID and PINTEREST_CLIENT_SECRET so it can be refreshed.`,
    );
  }
  client.use({
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${tokens.accessToken}`);
      return request;
    },
  });
  return client;
}

/**
 * One line for a failed call: Pinterest's status, code and message when it answered; for a scope
 * the token lacks, which one and how to get it (a refresh does not add scopes, a new sign-in does).
 */
export function describeApiError(error: PinterestApiError, tokenFile: string): string {
  if (error.kind === "insufficient_scope" && error.missingScopes?.length) {
    const scopes = error.missingScopes.join(",");
    return `${error.operation} needs scope ${scopes}, which the token in ${tokenFile} was not granted; sign in again with \`pinterest-kit login --scopes <current>,${scopes}\`.`;
  }
  if (error.status === undefined) return error.message;
  const code = error.code === undefined ? "" : `, Pinterest code ${error.code}`;
  return `${error.operation} failed: HTTP ${error.status}${code}: ${error.pinterestMessage ?? error.bodyExcerpt ?? error.message}`;
}
