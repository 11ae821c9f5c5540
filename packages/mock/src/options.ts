import { MockPinterestError } from "./errors.js";
import type { MockSeed } from "./state/seed.js";

/** A registered OAuth app of the mock. */
export interface MockClient {
  clientId: string;
  clientSecret: string;
  /** Redirect URIs the app registered; see {@link redirectUriMatches} for the matching rule. */
  redirectUris: readonly string[];
  /** Shown on the consent page; defaults to the server's `appName`. */
  appName?: string;
}

export interface MockPinterestOptions extends MockSeed {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on; defaults to 127.0.0.1. */
  host?: string;
  /** Registered apps; defaults to [{@link DEFAULT_MOCK_CLIENT}]. */
  clients?: readonly MockClient[];
  /** Lifetime of access tokens; defaults to 2592000 (30 days, as Pinterest). */
  accessTokenTtlSeconds?: number;
  /** Redirect from `GET /oauth/` at once, as if the user pressed Approve. */
  autoApprove?: boolean;
  /** Current time in ms; drives every expiry (codes, access and refresh tokens). Defaults to Date.now. */
  clock?: () => number;
  /** App name on the consent page for clients without their own. */
  appName?: string;
  /** How many requests `mock.requests` keeps (the most recent ones); defaults to 1000. */
  maxRecordedRequests?: number;
  /** How long an uploaded video stays `processing` on the mock's clock before `succeeded`; defaults to 1000 ms. */
  mediaProcessingMs?: number;
  /** The largest file the upload URL accepts; defaults to 8 MiB (a test value; Pinterest allows 2 GB). */
  maxUploadBytes?: number;
}

/**
 * The app registered when `clients` is not given. Its id and secret are fixed and public: they are
 * test values, never real credentials. Both loopback redirect URIs are registered without a port,
 * so any port matches (RFC 8252 §7.3).
 */
export const DEFAULT_MOCK_CLIENT: Readonly<Required<MockClient>> = Object.freeze({
  clientId: "1500000",
  clientSecret: "mock-client-secret",
  redirectUris: Object.freeze(["http://127.0.0.1/callback", "http://localhost/callback"]),
  appName: "pinterest-kit mock app",
});

export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 2_592_000;

/** Options after defaults and checks. */
export interface ResolvedOptions {
  port: number;
  host: string;
  clients: readonly Readonly<Required<MockClient>>[];
  accessTokenTtlSeconds: number;
  autoApprove: boolean;
  clock: () => number;
  maxRecordedRequests: number;
  mediaProcessingMs: number;
  maxUploadBytes: number;
}

export const DEFAULT_MEDIA_PROCESSING_MS = 1000;
export const DEFAULT_MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

/** Apply defaults and reject bad options with a message naming the option and what to pass. */
export function resolveOptions(options: MockPinterestOptions = {}): ResolvedOptions {
  if (options === null || typeof options !== "object") fail("options must be an object (or left out).");
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail("port must be an integer from 0 to 65535 (0 picks a free port).");
  const host = options.host ?? "127.0.0.1";
  if (typeof host !== "string" || host === "") fail('host must be a non-empty string such as "127.0.0.1".');
  const appName = options.appName ?? DEFAULT_MOCK_CLIENT.appName;
  if (typeof appName !== "string" || appName === "") fail("appName must be a non-empty string.");
  const ttl = options.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS;
  if (!Number.isInteger(ttl) || ttl <= 0) fail("accessTokenTtlSeconds must be a positive integer number of seconds.");
  const clock = options.clock ?? Date.now;
  if (typeof clock !== "function") fail("clock must be a function returning the current time in milliseconds.");
  const maxRecorded = options.maxRecordedRequests ?? 1000;
  if (!Number.isInteger(maxRecorded) || maxRecorded < 0) fail("maxRecordedRequests must be a non-negative integer.");
  const mediaProcessingMs = options.mediaProcessingMs ?? DEFAULT_MEDIA_PROCESSING_MS;
  if (!Number.isFinite(mediaProcessingMs) || mediaProcessingMs < 0)
    fail("mediaProcessingMs must be a non-negative number of milliseconds.");
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  if (!Number.isInteger(maxUploadBytes) || maxUploadBytes <= 0)
    fail("maxUploadBytes must be a positive integer number of bytes.");
  const clients = options.clients === undefined ? [DEFAULT_MOCK_CLIENT] : resolveClients(options.clients, appName);
  return {
    port,
    host,
    clients,
    accessTokenTtlSeconds: ttl,
    autoApprove: options.autoApprove === true,
    clock,
    maxRecordedRequests: maxRecorded,
    mediaProcessingMs,
    maxUploadBytes,
  };
}

function resolveClients(clients: readonly MockClient[], appName: string): Readonly<Required<MockClient>>[] {
  if (!Array.isArray(clients) || clients.length === 0)
    fail("clients must be a non-empty array of { clientId, clientSecret, redirectUris }.");
  const ids = new Set<string>();
  return clients.map((client, i) => {
    const at = `clients[${i}]`;
    if (client === null || typeof client !== "object") fail(`${at} must be an object.`);
    if (typeof client.clientId !== "string" || client.clientId === "") fail(`${at}.clientId must be a non-empty string.`);
    if (ids.has(client.clientId)) fail(`${at}.clientId repeats another client's id; ids must be unique.`);
    ids.add(client.clientId);
    if (typeof client.clientSecret !== "string" || client.clientSecret === "")
      fail(`${at}.clientSecret must be a non-empty string.`);
    if (!Array.isArray(client.redirectUris) || client.redirectUris.length === 0) {
      fail(`${at}.redirectUris must be a non-empty array of absolute URLs.`);
    }
    for (const uri of client.redirectUris) checkRedirectUri(uri, `${at}.redirectUris`);
    const name = client.appName ?? appName;
    if (typeof name !== "string" || name === "") fail(`${at}.appName must be a non-empty string.`);
    return Object.freeze({
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      redirectUris: Object.freeze([...client.redirectUris]),
      appName: name,
    });
  });
}

/** RFC 6749 §3.1.2: an absolute URI without a fragment. */
function checkRedirectUri(uri: unknown, at: string): void {
  if (typeof uri !== "string" || !URL.canParse(uri)) fail(`${at} must hold absolute URLs; got ${JSON.stringify(uri)}.`);
  if (new URL(uri).hash !== "" || uri.includes("#"))
    fail(`${at}: a redirect URI must not have a fragment (RFC 6749 §3.1.2); got "${uri}".`);
}

function fail(message: string): never {
  throw new MockPinterestError("INVALID_OPTIONS", `startMockPinterest: ${message}`);
}
