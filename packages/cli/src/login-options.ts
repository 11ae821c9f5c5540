import { PINTEREST_SCOPES, type PinterestScope } from "@pinterest-kit/client";
import { UsageError } from "./usage-error.js";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const DEFAULT_PORT = 8085;

/** What `pinterest-kit login` runs with, after its flags are checked. */
export interface LoginSettings {
  scopes: PinterestScope[];
  port: number;
  redirectUri: string;
  timeoutSeconds: number;
}

/**
 * Check the login flags before anything listens or opens, each error naming its flag. The redirect
 * URI must point at the local server this command starts, so its host is loopback and its port is
 * the `--port` (taken from the URI when only the URI is given).
 */
export function resolveLoginSettings(flags: {
  scopes: string;
  port?: string;
  redirectUri?: string;
  timeout: string;
}): LoginSettings {
  const known = new Set<string>(PINTEREST_SCOPES);
  const scopes = flags.scopes
    .split(",")
    .map((scope) => scope.trim())
    .filter(Boolean);
  if (scopes.length === 0)
    throw new UsageError("login: --scopes is empty; name at least one scope, e.g. --scopes user_accounts:read.");
  const unknown = scopes.filter((scope) => !known.has(scope));
  if (unknown.length > 0) {
    throw new UsageError(
      `login: --scopes has unknown scope ${unknown.map((s) => `"${s}"`).join(", ")}; Pinterest's scopes are ${[...known].join(", ")}.`,
    );
  }
  const timeoutSeconds = Number(flags.timeout);
  if (!(timeoutSeconds > 0)) throw new UsageError(`login: --timeout ${flags.timeout} must be a positive number of seconds.`);
  const flagPort = flags.port === undefined ? undefined : parsePort(flags.port);
  if (flags.redirectUri === undefined) {
    const port = flagPort ?? DEFAULT_PORT;
    return { scopes: scopes as PinterestScope[], port, redirectUri: `http://localhost:${port}/`, timeoutSeconds };
  }
  const uri = URL.canParse(flags.redirectUri) ? new URL(flags.redirectUri) : undefined;
  if (uri?.protocol !== "http:" || !LOOPBACK_HOSTS.has(uri.hostname) || uri.port === "") {
    throw new UsageError(
      `login: --redirect-uri ${flags.redirectUri} must be an http://localhost:PORT/… (or 127.0.0.1) URL: the browser comes back to the server this command starts.`,
    );
  }
  const port = Number(uri.port);
  if (flagPort !== undefined && flagPort !== port) {
    throw new UsageError(
      `login: --port ${flagPort} and the port of --redirect-uri (${port}) differ; give one, or make them agree.`,
    );
  }
  return { scopes: scopes as PinterestScope[], port, redirectUri: flags.redirectUri, timeoutSeconds };
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UsageError(`login: --port ${text} is not a port number (1-65535).`);
  return port;
}
