import { DEFAULT_MOCK_CLIENT, type MockPinterest, startMockPinterest } from "@pinterest-kit/mock";
import { createPinterestOAuth, TokenSet } from "@pinterest-kit/oauth";
import { type FleetProcess, forkFleetProcess } from "./fleet-process.js";
import type { CallerResult } from "./messages.js";
import { type DriverSpec, openDriver, type StoreDriver } from "./store-driver.js";

const TOKEN_PATH = "/v5/oauth/token";
const DAY_MS = 86_400_000;

/** A seeded fleet: a mock, a driver opened in this process, users whose stored access tokens have expired. */
export interface Fleet {
  readonly mock: MockPinterest;
  readonly driver: StoreDriver;
  readonly users: readonly string[];
  /** Fork `processes` children with a session per user each; resolves once all are ready. */
  start(processes: number, options?: { users?: readonly string[]; driver?: DriverSpec }): Promise<FleetProcess[]>;
  /** Tell children to call, and collect every caller's result. */
  go(children: readonly FleetProcess[]): Promise<CallerResult[]>;
  /** Tell children to exit, and wait until they have. */
  finish(children: readonly FleetProcess[]): Promise<void>;
  /** What the mock and the store say about every user now (see {@link FleetCheck}). */
  check(results: readonly CallerResult[], users?: readonly string[]): Promise<FleetCheck>;
  /** Kill what still runs, close the driver and the mock. */
  close(): Promise<void>;
}

/** The figures the fleet tests assert on and report. */
export interface FleetCheck {
  users: number;
  callers: number;
  served: number;
  failures: { userId: string; kind: string; message: string }[];
  /** Successful refreshes at the mock, summed over the users. */
  refreshes: number;
  /** `grant_type=refresh_token` requests the mock received (answered or not). */
  tokenRequests: number;
  /** Users not refreshed exactly once. */
  notRefreshedOnce: string[];
  /** Users whose store does not hold the refresh token the mock issued last. */
  staleStores: string[];
  /** Users whose callers were given more than one access token, or one the store does not hold. */
  inconsistentTokens: string[];
}

/**
 * Start the mock and seed `users` users through the driver: real tokens from the mock's code
 * exchange, stored as if received a month ago (the access token expired, the refresh token live).
 */
export async function seedFleet(spec: DriverSpec, users: number): Promise<Fleet> {
  const mock = await startMockPinterest({ maxRecordedRequests: 50_000 });
  const driver = await openDriver(spec);
  const oauth = createPinterestOAuth({
    clientId: DEFAULT_MOCK_CLIENT.clientId,
    clientSecret: DEFAULT_MOCK_CLIENT.clientSecret,
    redirectUri: "http://127.0.0.1/callback",
    baseUrl: mock.baseUrl,
  });
  const ids = Array.from({ length: users }, (_, i) => `user-${i}-${Math.random().toString(36).slice(2, 8)}`);
  const grants = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 50) {
    await Promise.all(
      ids.slice(i, i + 50).map(async (userId) => {
        const live = await oauth.exchangeCode(
          mock.issueCode({ redirectUri: "http://127.0.0.1/callback", scopes: ["user_accounts:read"] }),
        );
        const shift = 31 * DAY_MS;
        const expired = TokenSet.fromJSON({
          ...live.toJSON(),
          receivedAt: live.receivedAt - shift,
          expiresAt: live.expiresAt - shift,
        });
        if (!(await driver.createStore(userId).compareAndSet(undefined, expired))) throw new Error(`seeding ${userId} failed`);
        grants.set(userId, mock.grantOf(live.refreshToken as string)?.grantId as string);
      }),
    );
  }
  mock.clearRequests();
  const running = new Set<FleetProcess>();

  return {
    mock,
    driver,
    users: ids,
    async start(processes, options = {}) {
      const children = Array.from({ length: processes }, () => {
        const child = forkFleetProcess({
          driver: options.driver ?? spec,
          baseUrl: mock.baseUrl,
          users: [...(options.users ?? ids)],
          mode: "sessions",
          refreshTimeoutMs: 30_000,
        });
        running.add(child);
        return child;
      });
      await Promise.all(children.map((child) => child.next("ready")));
      return children;
    },
    async go(children) {
      for (const child of children) child.send({ type: "go" });
      const done = await Promise.all(children.map((child) => child.next("done")));
      return done.flatMap((message) => message.results);
    },
    async finish(children) {
      for (const child of children) child.send({ type: "exit" });
      await Promise.all(children.map((child) => child.exited));
    },
    async check(results, users = ids) {
      const failures = results.flatMap((r) => (r.ok ? [] : [{ userId: r.userId, kind: r.kind, message: r.message }]));
      const check: FleetCheck = {
        users: users.length,
        callers: results.length,
        served: results.length - failures.length,
        failures,
        refreshes: 0,
        tokenRequests: mock.requests.filter((r) => r.path === TOKEN_PATH && r.form?.grant_type === "refresh_token").length,
        notRefreshedOnce: [],
        staleStores: [],
        inconsistentTokens: [],
      };
      for (const userId of users) {
        const history = mock.grantHistory(grants.get(userId) as string);
        check.refreshes += history?.refreshes ?? 0;
        if (history?.refreshes !== 1) check.notRefreshedOnce.push(userId);
        const stored = await driver.createStore(userId).load();
        if (stored?.refreshToken === undefined || stored.refreshToken !== history?.lastRefreshToken)
          check.staleStores.push(userId);
        const given = new Set(
          results.filter((r) => r.userId === userId && r.ok).map((r) => (r as { accessToken: string }).accessToken),
        );
        if (given.size > 1 || (given.size === 1 && !given.has(stored?.accessToken as string)))
          check.inconsistentTokens.push(userId);
      }
      return check;
    },
    async close() {
      for (const child of running) child.kill();
      await Promise.all([...running].map((child) => child.exited));
      await driver.close();
      await mock.close();
    },
  };
}

/** Wait until the mock has received a token request held by a `delay` fault, i.e. a refresh is in flight. */
export async function untilRefreshHeld(mock: MockPinterest, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!mock.requests.some((r) => r.path === TOKEN_PATH && r.fault === "delay")) {
    if (Date.now() > deadline) throw new Error(`no refresh reached the mock within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Wait until every request the mock received was answered (or dropped). */
export async function untilMockIdle(mock: MockPinterest, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (mock.requests.some((r) => r.status === undefined)) {
    if (Date.now() > deadline) throw new Error(`the mock still had requests in flight after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
