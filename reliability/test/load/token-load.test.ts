import { startMockPinterest } from "@pinterest-kit/mock";
import { expect, test } from "vitest";
import { record } from "../summary/counters.js";
import { heapAfterGc, MB } from "../support/heap.js";
import { mockOAuth, REDIRECT_URI, SCOPES } from "../support/mock-app.js";
import { watchResources } from "../support/watch-resources.js";

const USERS = 5_000;
/** Each user: exchange a code, refresh, ask for an app token, revoke the refresh token. */
const REQUESTS_PER_USER = 4;
const CONCURRENCY = 64;
/**
 * Heap growth allowed while the mock is still up, after GC: what the mock legitimately keeps
 * (5,000 live client-credentials tokens, 5,000 spent codes until they expire, 1,000 recorded
 * requests) plus noise. Measured at about 6 MB; 24 MB is ≈ 1.2 KB per request.
 */
const HEAP_BOUND_WITH_MOCK = 24 * MB;
/**
 * Once the mock is closed and dropped, nothing of the load may remain: the oauth side keeps nothing
 * per call. Measured from after a warm-up run, since the first requests grow the heap once (compiled
 * code, undici's and the mock's module-level state: about 6 MB, the same after 1,000 or 10,000 calls).
 */
const HEAP_BOUND_AFTER_CLOSE = 3 * MB;
const WARM_UP_USERS = 250;

/** Run the load against a fresh mock, close it, and return only figures (so the mock can be collected). */
async function runLoad(users: number, heapAtStart: number) {
  const watch = watchResources();
  const mock = await startMockPinterest();
  const oauth = mockOAuth(mock);
  const failures: unknown[] = [];
  const done = { exchanged: 0, refreshed: 0, appTokens: 0, revoked: 0 };
  let inFlight = 0;
  let maxInFlight = 0;
  const track = async <T>(call: Promise<T>): Promise<T> => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      return await call;
    } finally {
      inFlight -= 1;
    }
  };

  let nextUser = 0;
  const lane = async () => {
    while (nextUser < users) {
      nextUser += 1;
      try {
        const code = mock.issueCode({ redirectUri: REDIRECT_URI, scopes: SCOPES });
        const tokens = await track(oauth.exchangeCode(code));
        done.exchanged += 1;
        const refreshed = await track(oauth.refreshToken(tokens.refreshToken as string));
        if (refreshed.refreshToken === tokens.refreshToken || refreshed.accessToken === tokens.accessToken) {
          throw new Error("the refresh did not rotate the tokens");
        }
        done.refreshed += 1;
        const app = await track(oauth.clientCredentials({ scopes: ["pins:read"] }));
        if (app.refreshToken !== undefined) throw new Error("client credentials came with a refresh token");
        done.appTokens += 1;
        await track(oauth.revokeToken(refreshed.refreshToken as string, { tokenTypeHint: "refresh_token" }));
        done.revoked += 1;
      } catch (error) {
        failures.push(error);
      }
    }
  };
  const sentBefore = watch.requestsStarted();
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  const sent = watch.requestsStarted() - sentBefore;
  const heapWithMock = (await heapAfterGc()) - heapAtStart;
  const stats = mock.stats();
  const received = mock.requestCount;
  const leftovers = await watch.finish(() => mock.close());
  return { failures, done, maxInFlight, sent, received, stats, heapWithMock, leftovers };
}

test(`${USERS * REQUESTS_PER_USER} token requests at concurrency ${CONCURRENCY}: none fails, none is lost, memory stays bounded`, async () => {
  await runLoad(WARM_UP_USERS, 0);
  const heapAtStart = await heapAfterGc();
  const { failures, done, maxInFlight, sent, received, stats, heapWithMock, leftovers } = await runLoad(USERS, heapAtStart);
  const heapAfterClose = (await heapAfterGc()) - heapAtStart;

  record({
    kind: "load",
    name: "token requests",
    requests: received,
    failed: failures.length + Math.max(0, USERS * REQUESTS_PER_USER - received),
    concurrency: maxInFlight,
    heapGrowthBytes: heapWithMock,
    heapBoundBytes: HEAP_BOUND_WITH_MOCK,
    note: `heap ${heapAfterClose < 0 ? "-" : "+"}${(Math.abs(heapAfterClose) / MB).toFixed(1)} MB once the mock closed (bound ${HEAP_BOUND_AFTER_CLOSE / MB} MB)`,
  });
  expect(failures).toEqual([]);
  expect(done).toEqual({ exchanged: USERS, refreshed: USERS, appTokens: USERS, revoked: USERS });
  expect(maxInFlight).toBe(CONCURRENCY);
  // Nothing lost: every call made exactly one request, and the mock received each of them.
  expect(sent).toBe(USERS * REQUESTS_PER_USER);
  expect(received).toBe(USERS * REQUESTS_PER_USER);
  // What the mock holds is exactly what the flows leave: one app token (and its grant) per user;
  // each revoked refresh token took its grant's access tokens along; every code is spent.
  expect(stats).toMatchObject({ codes: 0, spentCodes: USERS, tokens: USERS, grants: USERS, faults: 0 });
  expect(heapWithMock).toBeLessThan(HEAP_BOUND_WITH_MOCK);
  expect(heapAfterClose).toBeLessThan(HEAP_BOUND_AFTER_CLOSE);
  expect(leftovers).toEqual({ unhandledRejections: [], unfinishedRequests: 0, extraTimers: 0, extraResources: [] });
});
