import { UsageError } from "./usage-error.js";

/** App credentials from `PINTEREST_CLIENT_ID` / `PINTEREST_CLIENT_SECRET`, never from flags (they would land in shell history). */
export function clientCredentialsFromEnv(command: string, env: NodeJS.ProcessEnv = process.env) {
  const clientId = env.PINTEREST_CLIENT_ID?.trim();
  const clientSecret = env.PINTEREST_CLIENT_SECRET?.trim();
  if (!clientId || !clientSecret) {
    const missing = [!clientId && "PINTEREST_CLIENT_ID", !clientSecret && "PINTEREST_CLIENT_SECRET"]
      .filter(Boolean)
      .join(" and ");
    throw new UsageError(
      `${command}: set ${missing} to your app's id and secret (developers.pinterest.com/apps), or try \`pinterest-kit demo\` against the local mock.`,
    );
  }
  return { clientId, clientSecret };
}

/** Overrides for the API and authorize URLs, so the commands run against `pinterest-kit mock`. */
export function endpointsFromEnv(env: NodeJS.ProcessEnv = process.env) {
  return { baseUrl: env.PINTEREST_API_BASE_URL || undefined, authorizeUrl: env.PINTEREST_AUTHORIZE_URL || undefined };
}
