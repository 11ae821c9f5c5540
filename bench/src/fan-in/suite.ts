import { fileURLToPath } from "node:url";
import { createPinterestOAuth, createSession, type PinterestOAuth, TokenSet } from "@pinterest-kit/oauth";
import { startChildServer } from "../child-server.js";
import { count, ms, ratio } from "../format.js";
import { APP } from "../request/contenders.js";
import { median } from "../stats.js";
import type { BenchConfig, Suite, TargetCheck } from "../suite.js";

const SERVER = fileURLToPath(new URL("../request/token-server.ts", import.meta.url));

/**
 * Concurrent callers, and trials per size (median reported). The naive loop makes one request per
 * caller, about ten seconds for 10,000 on 2 cores, so that size gets one trial.
 */
const PLAN = [
  { callers: 1, trials: 7, naiveTrials: 7 },
  { callers: 100, trials: 7, naiveTrials: 7 },
  { callers: 10_000, trials: 3, naiveTrials: 1 },
];
const QUICK_PLAN = [
  { callers: 1, trials: 2, naiveTrials: 2 },
  { callers: 100, trials: 2, naiveTrials: 2 },
  { callers: 10_000, trials: 1, naiveTrials: 0 },
];

interface Trial {
  /** From the first call to the moment the last caller resumed, ms. */
  lastResumedMs: number;
  tokenRequests: number;
  /** Callers that did not get the refreshed access token. */
  wrong: number;
  /** Callers whose call rejected, by error code. */
  failures: Record<string, number>;
}

type Resumed = { at: number; token?: string; failure?: string };

export const fanInSuite: Suite = {
  id: "fan-in",
  title: "3. Refresh fan-in",
  async run(config: BenchConfig) {
    const server = await startChildServer(SERVER);
    try {
      const origin = `http://127.0.0.1:${server.port}`;
      const oauth = createPinterestOAuth({ ...APP, baseUrl: `${origin}/v5` });
      const tokenRequests = async () => Number(await (await fetch(`${origin}/token-requests`)).text());
      for (let call = 0; call < 50; call++) await oauth.refreshToken(APP.refreshToken); // warm-up: code paths, keep-alive socket
      const results = [];
      for (const { callers, trials, naiveTrials } of config.quick ? QUICK_PLAN : PLAN) {
        const session: Trial[] = [];
        const naive: Trial[] = [];
        for (let trial = 0; trial < Math.max(trials, naiveTrials); trial++) {
          if (trial < trials) session.push(await measure(callers, tokenRequests, () => sessionCallers(oauth, callers)));
          if (trial < naiveTrials) naive.push(await measure(callers, tokenRequests, () => naiveCallers(oauth, callers)));
        }
        results.push({ callers, session, naive });
      }
      return summarize(results);
    } finally {
      await server.stop();
    }
  },
};

/** Tokens whose access token expired an hour ago, with a refresh token: every caller must wait for a refresh. */
function expiredTokens(): TokenSet {
  const now = Date.now();
  return new TokenSet({
    accessToken: "pina_EXPIRED",
    tokenType: "bearer",
    scopes: ["user_accounts:read"],
    expiresIn: 3600,
    receivedAt: now - 7_200_000,
    expiresAt: now - 3_600_000,
    refreshToken: APP.refreshToken,
  });
}

/** Run `callers` calls at once; each records when it resumed, with its access token or why it failed. */
function concurrently(callers: number, call: () => Promise<string>): Promise<Resumed[]> {
  return Promise.all(
    Array.from({ length: callers }, () =>
      call().then(
        (token) => ({ at: performance.now(), token }),
        (error: { code?: string; kind?: string; cause?: { cause?: { code?: string } } }) => ({
          at: performance.now(),
          failure: error.cause?.cause?.code ?? error.kind ?? error.code ?? "error",
        }),
      ),
    ),
  );
}

/** `callers` concurrent `getAccessToken()` on one new session over expired tokens. */
function sessionCallers(oauth: PinterestOAuth, callers: number): Promise<Resumed[]> {
  const session = createSession(oauth, { tokens: expiredTokens() });
  return concurrently(callers, () => session.getAccessToken());
}

/**
 * The naive loop: no coordination, so every caller refreshes for itself, one after another (each
 * caller resumes when its own refresh is done). All at once instead would open one connection per
 * caller: at 10,000 that took 15 s here and lost calls to socket errors, which measures the
 * machine's accept queue more than the refreshes.
 */
async function naiveCallers(oauth: PinterestOAuth, callers: number): Promise<Resumed[]> {
  const resumed: Resumed[] = [];
  for (let caller = 0; caller < callers; caller++) {
    const [one] = await concurrently(1, async () => (await oauth.refreshToken(APP.refreshToken)).accessToken);
    resumed.push(one as Resumed);
  }
  return resumed;
}

async function measure(callers: number, tokenRequests: () => Promise<number>, run: () => Promise<Resumed[]>): Promise<Trial> {
  const before = await tokenRequests();
  const started = performance.now();
  const resumed = await run();
  const lastResumedMs = Math.max(...resumed.map((r) => r.at)) - started;
  const failures: Record<string, number> = {};
  for (const { failure } of resumed) if (failure) failures[failure] = (failures[failure] ?? 0) + 1;
  const wrong = resumed.filter((r) => r.token === "pina_EXPIRED").length;
  if (resumed.length !== callers) throw new Error(`fan-in: ${resumed.length} of ${callers} callers resumed`);
  return { lastResumedMs, tokenRequests: (await tokenRequests()) - before, wrong, failures };
}

const failureCount = (trials: Trial[]) =>
  trials.reduce((sum, t) => sum + Object.values(t.failures).reduce((s, n) => s + n, 0), 0);
const failureKinds = (trials: Trial[]) => [...new Set(trials.flatMap((t) => Object.keys(t.failures)))].join(", ");

function summarize(results: { callers: number; session: Trial[]; naive: Trial[] }[]) {
  const targets: TargetCheck[] = [];
  const rows = results.map(({ callers, session, naive }) => {
    const sessionMs = median(session.map((t) => t.lastResumedMs));
    const naiveMs = median(naive.map((t) => t.lastResumedMs));
    const maxRequests = Math.max(...session.map((t) => t.tokenRequests));
    const wrong = session.reduce((sum, t) => sum + t.wrong, 0) + failureCount(session);
    const naiveFailures = failureCount(naive);
    targets.push({
      name: `fan-in token requests, ${count(callers)} caller${callers === 1 ? "" : "s"}`,
      goal: "1",
      measured: String(maxRequests),
      met: maxRequests === 1 && wrong === 0,
      gap: maxRequests === 1 && wrong === 0 ? "" : `${maxRequests} requests, ${wrong} callers without the new token`,
    });
    return [
      count(callers),
      String(maxRequests),
      ms(sessionMs),
      naive.length === 0 ? "–" : count(Math.max(...naive.map((t) => t.tokenRequests))),
      ms(naiveMs),
      ratio(naiveMs / sessionMs),
      naiveFailures === 0 ? "0" : `${count(naiveFailures)} of ${count(callers * naive.length)} (${failureKinds(naive)})`,
      `${session.length} / ${naive.length}`,
    ];
  });
  return {
    tables: [
      {
        title: "Refresh fan-in: concurrent getAccessToken() on an expired token vs a naive loop refreshing per caller",
        head: [
          "callers",
          "token requests (session)",
          "last caller resumed",
          "token requests (naive)",
          "naive: last resumed",
          "naive / session",
          "naive failures",
          "trials (session / naive)",
        ],
        rows,
      },
    ],
    targets,
    notes: [
      "Session: one `createSession(oauth, { tokens })` per trial over tokens that expired an hour ago; all callers call getAccessToken() at once. Naive loop: each caller refreshes for itself with oauth.refreshToken(), one after another. Token endpoint: the request-overhead suite's node:http server in another process, counting requests. Median over trials; token requests are the largest count seen.",
      "Naive failures: refreshes of the naive loop that rejected, over all trials.",
      "Against Pinterest the naive way is also wrong, not only slow: refresh tokens rotate with continuous refresh, so all but one of the concurrent refreshes would fail or revoke the grant.",
    ],
    data: results,
  };
}
