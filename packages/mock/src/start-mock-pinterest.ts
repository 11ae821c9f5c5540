import { createServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { MockContext } from "./context.js";
import { MockPinterestError } from "./errors.js";
import { Delays } from "./faults/delays.js";
import type { FailOptions, Fault } from "./faults/fault.js";
import { type FaultHandle, FaultQueue } from "./faults/fault-queue.js";
import { handleRequest } from "./handle-request.js";
import { answerClientError } from "./http/client-error.js";
import { type IssueCodeParams, issueCode } from "./issue-code.js";
import { type MockClient, type MockPinterestOptions, resolveOptions } from "./options.js";
import type { RecordedRequest } from "./record/request-log.js";
import { RequestLog } from "./record/request-log.js";
import { ACCESS_TOKEN_PREFIX } from "./routes/token-responses.js";
import { pinterestValidators } from "./schema/validators.js";
import { parseScopes } from "./scopes.js";
import type { AccountState } from "./state/account-state.js";
import { type MockSeed, seedState } from "./state/seed.js";
import { type MockStateSnapshot, snapshotOf } from "./state/snapshot.js";
import { randomToken } from "./store/random-token.js";
import { type GrantHistory, TokenStore } from "./store/token-store.js";
import { UploadSigner } from "./uploads/upload-policy.js";

/** Counts of what a mock holds. */
export interface MockStats {
  codes: number;
  spentCodes: number;
  tokens: number;
  grants: number;
  faults: number;
  recordedRequests: number;
}

/** A running mock Pinterest. */
export interface MockPinterest {
  /** API base URL, `http://127.0.0.1:PORT/v5`: give it to `createPinterestOAuth` / `createPinterestClient`. */
  readonly baseUrl: string;
  /** Authorization endpoint, `http://127.0.0.1:PORT/oauth/`. */
  readonly authorizeUrl: string;
  /** `http://127.0.0.1:PORT`. */
  readonly origin: string;
  readonly port: number;
  /** The registered apps (with their secrets: they are test values). */
  readonly clients: readonly Readonly<Required<MockClient>>[];
  /** The most recent requests (see `maxRecordedRequests`), oldest first, secrets redacted. */
  readonly requests: readonly RecordedRequest[];
  /** Every request received since start or {@link clearRequests}, including those no longer kept. */
  readonly requestCount: number;
  /** How much the mock holds right now: live codes and tokens, queued faults (for memory checks). */
  stats(): MockStats;
  /**
   * The refreshes of the authorization a live token belongs to (its grant id, how many refreshes
   * were answered, the refresh token issued last); `undefined` for an unknown or dead token.
   */
  grantOf(token: string): GrantHistory | undefined;
  /** The same by grant id (from {@link grantOf}), once the token first asked about has rotated. */
  grantHistory(grantId: string): GrantHistory | undefined;
  /** Mint an authorization code as if the user had approved, without the browser step. */
  issueCode(params: IssueCodeParams): string;
  /**
   * An access token as if the user had signed in with these scopes (or, with `appOnly`, as the
   * client-credentials grant gives), without the OAuth round trip: for tests of API calls.
   */
  issueAccessToken(params: IssueAccessTokenParams): string;
  /** A deep-frozen copy of the account: boards, sections, Pins, media (status as of now) and social graph. */
  snapshot(): MockStateSnapshot;
  /** Replace the whole account with a new seed (same rules as the options); tokens stay valid. */
  reset(seed?: MockSeed): void;
  /** Answer the next `times` (default 1) requests matching `path` / `category` (default all) with `fault`. */
  fail(fault: Fault, options?: FailOptions): FaultHandle;
  clearFaults(): void;
  clearRequests(): void;
  /** Stop listening, close every connection, cancel pending delays and the purge timer. */
  close(): Promise<void>;
}

/** What {@link MockPinterest.issueAccessToken} mints. */
export interface IssueAccessTokenParams {
  scopes: readonly string[];
  /** Defaults to the first registered client. */
  clientId?: string;
  /** A client-credentials token (security scheme `client_credentials`) instead of a user's. */
  appOnly?: boolean;
}

const PURGE_INTERVAL_MS = 60_000;
const LAZY_PURGE_EVERY_MS = 1_000;

/**
 * Start a strict local Pinterest on 127.0.0.1 and a free port: the OAuth endpoints and every
 * pinned operation of Pinterest API v5 over one seeded account. See the README for the rules it enforces.
 */
export async function startMockPinterest(options: MockPinterestOptions = {}): Promise<MockPinterest> {
  const resolved = resolveOptions(options);
  const store = new TokenStore();
  const faults = new FaultQueue();
  const log = new RequestLog(resolved.maxRecordedRequests);
  const clientsById = new Map(resolved.clients.map((client) => [client.clientId, client]));
  let state: AccountState = seedState(options, resolved.clock());
  let origin = "";
  const context: MockContext = {
    options: resolved,
    store,
    get state() {
      return state;
    },
    uploads: new UploadSigner(),
    origin: () => origin,
    validators: pinterestValidators(),
    now: () => resolved.clock(),
    findClient: (clientId) => clientsById.get(clientId),
  };

  let closed = false;
  let lastPurge = context.now();
  const delays = new Delays();
  const beforeRequest = (now: number): void => {
    if (Math.abs(now - lastPurge) < LAZY_PURGE_EVERY_MS) return;
    lastPurge = now;
    store.purge(now);
  };

  const server = createServer((request, response) => {
    void handleRequest(request, response, { context, faults, log, wait: (ms) => delays.wait(ms), beforeRequest });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 20_000;
  server.on("clientError", answerClientError);
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port: resolved.port, host: resolved.host }, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const timer = setInterval(() => store.purge(context.now()), PURGE_INTERVAL_MS);
  timer.unref();

  const { port } = server.address() as AddressInfo;
  const host = resolved.host.includes(":") ? `[${resolved.host}]` : resolved.host;
  origin = `http://${host}:${port}`;
  let closing: Promise<void> | undefined;
  const ensureOpen = (what: string): void => {
    if (closed) throw new MockPinterestError("CLOSED", `mock.${what}: the mock is closed; start a new one.`);
  };

  return {
    baseUrl: `${origin}/v5`,
    authorizeUrl: `${origin}/oauth/`,
    origin,
    port,
    clients: resolved.clients,
    get requests() {
      return log.list();
    },
    get requestCount() {
      return log.count;
    },
    stats: () => ({ ...store.size, faults: faults.size, recordedRequests: log.list().length }),
    grantOf(token) {
      const grant = store.find(token, context.now());
      return grant && store.history(grant.grantId);
    },
    grantHistory: (grantId) => store.history(grantId),
    issueCode(params) {
      ensureOpen("issueCode");
      return issueCode(params, context);
    },
    issueAccessToken(params) {
      ensureOpen("issueAccessToken");
      const client = context.findClient(params?.clientId ?? resolved.clients[0]?.clientId ?? "");
      if (client === undefined)
        throw new MockPinterestError(
          "UNKNOWN_CLIENT",
          `mock.issueAccessToken: no client with id ${JSON.stringify(params?.clientId)} is registered.`,
        );
      const scopes = Array.isArray(params?.scopes) ? parseScopes(params.scopes.join(",")) : ({ ok: false } as const);
      if (!scopes.ok)
        throw new MockPinterestError(
          "INVALID_SCOPE",
          'mock.issueAccessToken: scopes must be a non-empty array of Pinterest scopes such as "boards:read".',
        );
      const expiresAt = context.now() + resolved.accessTokenTtlSeconds * 1000;
      const grant = {
        clientId: client.clientId,
        scopes: scopes.scopes,
        grantId: randomToken(),
        kind: "access" as const,
        expiresAt,
      };
      return store.issueToken(ACCESS_TOKEN_PREFIX, params.appOnly === true ? { ...grant, appOnly: true } : grant);
    },
    snapshot: () => snapshotOf(state, context.now(), resolved.mediaProcessingMs),
    reset(seed) {
      ensureOpen("reset");
      state = seedState(seed ?? {}, context.now());
    },
    fail(fault, failOptions) {
      ensureOpen("fail");
      return faults.add(fault, failOptions);
    },
    clearFaults: () => faults.clear(),
    clearRequests: () => log.clear(),
    close() {
      if (closing !== undefined) return closing;
      closed = true;
      clearInterval(timer);
      faults.clear();
      delays.cancelAll();
      const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      const socketsClosed = [...sockets].map((socket) => new Promise<void>((resolve) => socket.once("close", () => resolve())));
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      // The listening handle is released on the next turn after "close"; wait for it as well.
      closing = Promise.all([serverClosed, ...socketsClosed]).then(() => new Promise<void>((resolve) => setImmediate(resolve)));
      return closing;
    },
  };
}
