import { startMockPinterest } from "@pinterest-kit/mock";
import { PinterestOAuthError } from "@pinterest-kit/oauth";
import { describe, expect, test } from "vitest";
import { refusingBaseUrl } from "../support/dead-port.js";
import { mockOAuth } from "../support/mock-app.js";
import { settle } from "../support/settle.js";
import { watchResources } from "../support/watch-resources.js";
import { FAULT_COLUMNS } from "./faults.js";
import { ACCOUNT_PATH, HELPER_ROWS } from "./rows.js";
import { expectedOutcome } from "./rules.js";

const POLICY = { retries: 2, maxRetryAfterMs: 60_000 };
/** Per-attempt timeout of the "delay past the timeout" column; the mock's delay is far longer. */
const SHORT_TIMEOUT_MS = 250;

/** Every row × every column, named "row × column", with what the rules expect of it. */
const CELLS = HELPER_ROWS.flatMap((row) =>
  FAULT_COLUMNS.map(
    (column) =>
      [`${row.name} × ${column.name}`, { row, column, want: expectedOutcome(row.grant, column.answer, POLICY) }] as const,
  ),
);

/** The fields every error of a cell is checked on. */
function errorFields(error: PinterestOAuthError) {
  const { kind, operation, status, retryable, requiresReauth, retryAfterMs } = error;
  return { kind, operation, status, retryable, requiresReauth, retryAfterMs };
}

describe("fault matrix: every helper, session and middleware × every fault the mock can inject", () => {
  test.each(CELLS)("%s", async (_name, { row, column, want }) => {
    const watch = watchResources();
    const mock = await startMockPinterest();
    const refused = column.fault === "refused";
    const tooSlow = "transport" in column.answer && column.answer.transport === "too-slow";
    const sleeps: number[] = [];
    const oauth = mockOAuth(mock, {
      baseUrl: refused ? await refusingBaseUrl() : mock.baseUrl,
      timeoutMs: tooSlow ? SHORT_TIMEOUT_MS : 30_000,
      // Zero-delay waits: retries happen at once, and each wait is recorded.
      retry: { ...POLICY, sleep: async (ms) => void sleeps.push(ms) },
    });
    try {
      const prepared = await row.prepare({ mock, oauth });
      if (column.fault !== "refused") mock.fail(column.fault, { times: Number.POSITIVE_INFINITY, path: row.tokenPath });
      mock.clearRequests();
      const sentBefore = watch.requestsStarted();

      const result = await settle(prepared.call());

      const seen = mock.requests;
      if (want.outcome === "resolves") {
        expect(result.status === "rejected" ? result.reason : "resolved").toBe("resolved");
      } else {
        expect(result.status).toBe("rejected");
        const error = (result as PromiseRejectedResult).reason;
        expect(error).toBeInstanceOf(PinterestOAuthError);
        expect(errorFields(error)).toEqual({
          kind: want.kind,
          operation: row.operation,
          status: want.status,
          retryable: want.retryable,
          requiresReauth: want.requiresReauth,
          retryAfterMs: want.retryAfterMs,
        });
      }
      expect(seen.filter((r) => r.path === row.tokenPath)).toHaveLength(refused ? 0 : want.attempts);
      expect(seen.filter((r) => r.path === ACCOUNT_PATH)).toHaveLength(row.apiRequestsFirst);
      expect(watch.requestsStarted() - sentBefore).toBe(want.attempts + row.apiRequestsFirst);
      expect(sleeps).toHaveLength(want.attempts - 1);
      if (want.outcome === "rejects" && want.retryAfterMs !== undefined && want.attempts > 1) {
        expect(sleeps).toEqual(sleeps.map(() => want.retryAfterMs));
      }

      if (row.stateful && want.outcome === "rejects") {
        mock.clearFaults();
        mock.clearRequests();
        if (want.requiresReauth) {
          // A rejected grant latches: the next call fails at once, without spending anything.
          const again = await settle(prepared.call());
          expect(again.status).toBe("rejected");
          const error = (again as PromiseRejectedResult).reason;
          expect(error).toBeInstanceOf(PinterestOAuthError);
          expect(errorFields(error)).toMatchObject({ kind: "invalid_grant", operation: "session", requiresReauth: true });
          expect(mock.requests.filter((r) => r.path === row.tokenPath)).toHaveLength(0);
        } else if (!refused && !tooSlow) {
          // A transient failure spent nothing: once Pinterest answers again, the same session works.
          // (Not after a refused connection: this oauth only knows the dead port. Not after the
          // delay: the mock still holds that request, as a server that received it would.)
          await expect(prepared.recover?.()).resolves.toBeUndefined();
        }
      }
    } finally {
      const leftovers = await watch.finish(() => mock.close());
      expect(leftovers).toEqual({ unhandledRejections: [], unfinishedRequests: 0, extraTimers: 0, extraResources: [] });
    }
  });
});
