import { startMockPinterest } from "@pinterest-kit/mock";
import { PinterestOAuthError } from "@pinterest-kit/oauth";
import { expect, test } from "vitest";
import { mockOAuth, REDIRECT_URI, SCOPES } from "../support/mock-app.js";
import { settle } from "../support/settle.js";

test("an authorization code that timed out was still spent: sending it again would fail and revoke the grant, so it is sent once", async () => {
  const mock = await startMockPinterest();
  try {
    const oauth = mockOAuth(mock, { timeoutMs: 500, retry: { sleep: async () => {} } });
    const code = mock.issueCode({ redirectUri: REDIRECT_URI, scopes: SCOPES });
    // Pinterest receives the exchange but answers late: the client has given up by then.
    mock.fail({ type: "delay", ms: 1_500 }, { path: "/v5/oauth/token" });

    const first = await settle(oauth.exchangeCode(code));
    expect((first as PromiseRejectedResult).reason).toMatchObject({ kind: "timeout", retryable: false });
    expect(mock.requests).toHaveLength(1);

    // The server goes on and processes it, as a real one would: the code is spent, tokens issued
    // (to a client that is no longer listening).
    for (let polls = 0; polls < 250 && mock.stats().spentCodes === 0; polls++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(mock.stats()).toMatchObject({ spentCodes: 1, tokens: 2 });

    // What a retry would have done: the code is rejected, and its reuse revokes what it had issued
    // (RFC 6749 §4.1.2). The user has to authorize again either way; a retry only makes it worse.
    const again = await settle(oauth.exchangeCode(code));
    const error = (again as PromiseRejectedResult).reason as PinterestOAuthError;
    expect(error).toBeInstanceOf(PinterestOAuthError);
    expect(error).toMatchObject({ kind: "invalid_grant", requiresReauth: true, retryable: false });
    expect(mock.stats()).toMatchObject({ tokens: 0 });
  } finally {
    await mock.close();
  }
});
