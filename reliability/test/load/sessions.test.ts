import { type MockPinterest, type MockPinterestOptions, startMockPinterest } from "@pinterest-kit/mock";
import { createSession, memoryStore, type PinterestOAuth, type TokenSession, type TokenSet } from "@pinterest-kit/oauth";
import { expect, test } from "vitest";
import { record } from "../summary/counters.js";
import { accountStatus, liveTokens, mockOAuth, receivedDaysAgo } from "../support/mock-app.js";
import { settle } from "../support/settle.js";
import { watchResources } from "../support/watch-resources.js";

const SESSIONS = 1_000;
/** Callers asking each session for a token at the same moment. */
const CALLERS_PER_SESSION = 3;
const TOKEN_PATH = "/v5/oauth/token";

/** Run `count` tasks, at most `limit` at a time. */
async function inBatches<T>(count: number, limit: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < count) {
        const index = next++;
        results[index] = await task(index);
      }
    }),
  );
  return results;
}

/** Run `body` against a fresh mock, then check that nothing was left behind: no unhandled rejection, request, timer or socket. */
async function withMock(options: MockPinterestOptions, body: (mock: MockPinterest, oauth: PinterestOAuth) => Promise<void>) {
  const watch = watchResources();
  const mock = await startMockPinterest(options);
  try {
    await body(mock, mockOAuth(mock));
  } finally {
    const leftovers = await watch.finish(() => mock.close());
    expect(leftovers).toEqual({ unhandledRejections: [], unfinishedRequests: 0, extraTimers: 0, extraResources: [] });
  }
}

/** Count a load run in the summary line, then require that every caller got a token. */
function expectEveryCallerServed(name: string, results: readonly PromiseSettledResult<unknown>[], requests: number): string[] {
  const failed = results.filter((result) => result.status === "rejected");
  record({ kind: "load", name, requests, failed: failed.length });
  expect(failed).toEqual([]);
  return results.map((result) => (result as PromiseFulfilledResult<string>).value);
}

test(`${SESSIONS} sessions of ${SESSIONS} users, all expired, refresh at once: one refresh each, every caller served`, () =>
  withMock({ maxRecordedRequests: 5_000 }, async (mock, oauth) => {
    const initial = await inBatches(SESSIONS, 64, () => liveTokens(mock, oauth));
    const sessions = initial.map((tokens) => createSession(oauth, { tokens: receivedDaysAgo(tokens, 31) }));
    mock.clearRequests();

    const results = await Promise.all(
      sessions.flatMap((session) => Array.from({ length: CALLERS_PER_SESSION }, () => settle(session.getAccessToken()))),
    );

    const refreshes = mock.requests.filter((r) => r.path === TOKEN_PATH);
    const tokens = expectEveryCallerServed(
      `${SESSIONS.toLocaleString("en-US")} sessions of separate users × ${CALLERS_PER_SESSION} callers refreshing at once`,
      results,
      refreshes.length,
    );
    // One refresh per session, whatever the number of callers: a second one would spend a rotated token.
    expect(refreshes).toHaveLength(SESSIONS);
    expect(refreshes.every((r) => r.status === 200 && r.form?.grant_type === "refresh_token")).toBe(true);
    sessions.forEach((session, i) => {
      const mine = tokens.slice(i * CALLERS_PER_SESSION, (i + 1) * CALLERS_PER_SESSION);
      expect(new Set(mine)).toEqual(new Set([session.tokens.accessToken]));
      expect(session.tokens.accessToken).not.toBe(initial[i]?.accessToken);
    });
    expect(new Set(tokens).size).toBe(SESSIONS);
    // Every new access token is live at Pinterest (checked on a sample of 50: the mock keeps them all).
    const sample = sessions.filter((_, i) => i % (SESSIONS / 50) === 0);
    expect(await Promise.all(sample.map((session) => accountStatus(mock, session.tokens.accessToken)))).toEqual(
      sample.map(() => 200),
    );
  }));

test(`${SESSIONS} sessions of one user sharing a store refresh at once: one refresh in all, no one logged out`, () =>
  withMock({}, async (mock, oauth) => {
    const expired = receivedDaysAgo(await liveTokens(mock, oauth), 31);
    const store = memoryStore(expired);
    // As many processes (or requests) would: each starts from what the store holds.
    const sessions: TokenSession[] = [];
    for (let i = 0; i < SESSIONS; i++) sessions.push(createSession(oauth, { tokens: (await store.load()) as TokenSet, store }));
    mock.clearRequests();

    const results = await Promise.all(sessions.map((session) => settle(session.getAccessToken())));

    const refreshes = mock.requests.filter((r) => r.path === TOKEN_PATH);
    const tokens = expectEveryCallerServed(
      `${SESSIONS.toLocaleString("en-US")} sessions of one user on one store refreshing at once`,
      results,
      refreshes.length,
    );
    // One refresh for all of them: the refresh token rotates, so a second would be rejected (code 283)
    // and log the user out.
    expect(refreshes).toHaveLength(1);
    const stored = (await store.load()) as TokenSet;
    expect(stored.refreshToken).not.toBe(expired.refreshToken);
    expect(new Set(tokens)).toEqual(new Set([stored.accessToken]));
    expect(sessions.every((session) => session.tokens.refreshToken === stored.refreshToken)).toBe(true);
    expect(await accountStatus(mock, stored.accessToken)).toBe(200);
  }));

test(`${SESSIONS} concurrent getAccessToken() calls on one expired session: one token request at the mock, rotated token stored first`, () =>
  withMock({}, async (mock, oauth) => {
    const expired = receivedDaysAgo(await liveTokens(mock, oauth), 31);
    const store = memoryStore(expired);
    const session = createSession(oauth, { tokens: expired, store });
    mock.clearRequests();

    // What the store holds at the moment each caller resumes: the rotated token must already be there.
    const storedWhenResumed: (string | undefined)[] = [];
    const results = await Promise.all(
      Array.from({ length: SESSIONS }, () =>
        settle(
          session.getAccessToken().then(async (token) => {
            storedWhenResumed.push((await store.load())?.refreshToken);
            return token;
          }),
        ),
      ),
    );

    const refreshes = mock.requests.filter((r) => r.path === TOKEN_PATH && r.form?.grant_type === "refresh_token");
    const tokens = expectEveryCallerServed(
      `${SESSIONS.toLocaleString("en-US")} callers on one session`,
      results,
      refreshes.length,
    );
    expect(refreshes).toHaveLength(1);
    const stored = (await store.load()) as TokenSet;
    expect(stored.refreshToken).not.toBe(expired.refreshToken);
    expect(new Set(storedWhenResumed)).toEqual(new Set([stored.refreshToken]));
    expect(new Set(tokens)).toEqual(new Set([stored.accessToken]));
  }));
