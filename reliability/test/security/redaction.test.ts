import { inspect } from "node:util";
import { DEFAULT_MOCK_CLIENT, startMockPinterest } from "@pinterest-kit/mock";
import { createSession, PinterestOAuthError, type TokenSet, type TokenStore } from "@pinterest-kit/oauth";
import { describe, expect, test } from "vitest";
import { errorTexts } from "../support/error-texts.js";
import { accountStatus, liveTokens, mockOAuth, REDIRECT_URI, receivedDaysAgo, SCOPES } from "../support/mock-app.js";
import { settle } from "../support/settle.js";

const shown = (value: unknown) => [String(value), inspect(value, { depth: Number.POSITIVE_INFINITY }), JSON.stringify(value)];

describe("what is redacted", () => {
  test("the oauth object, a TokenSet and a session show no secret and no token when logged", async () => {
    const mock = await startMockPinterest();
    try {
      const oauth = mockOAuth(mock);
      const tokens = await liveTokens(mock, oauth);
      const session = createSession(oauth, { tokens });
      const secrets = [DEFAULT_MOCK_CLIENT.clientSecret, tokens.accessToken, tokens.refreshToken as string];
      for (const text of [...shown(oauth), ...shown(session), inspect(tokens), String(tokens)]) {
        for (const secret of secrets) expect(text).not.toContain(secret);
      }
      // JSON.stringify(tokens) is the storage form and holds them, by design (see TokenSet.toJSON).
      expect(JSON.stringify(tokens)).toContain(tokens.refreshToken);
    } finally {
      await mock.close();
    }
  });

  test("the mock keeps requests with every secret replaced: credentials, codes, tokens", async () => {
    const mock = await startMockPinterest();
    try {
      const oauth = mockOAuth(mock);
      const code = mock.issueCode({ redirectUri: REDIRECT_URI, scopes: SCOPES });
      const tokens = await oauth.exchangeCode(code);
      const refreshed = await oauth.refreshToken(tokens.refreshToken as string);
      await accountStatus(mock, refreshed.accessToken);
      await oauth.revokeToken(refreshed.refreshToken as string);
      const kept = JSON.stringify(mock.requests);
      const basic = btoa(`${DEFAULT_MOCK_CLIENT.clientId}:${DEFAULT_MOCK_CLIENT.clientSecret}`);
      for (const secret of [
        DEFAULT_MOCK_CLIENT.clientSecret,
        basic,
        code,
        tokens.refreshToken,
        refreshed.accessToken,
        refreshed.refreshToken,
      ]) {
        expect(kept).not.toContain(secret);
      }
      expect(mock.requests).toHaveLength(4);
    } finally {
      await mock.close();
    }
  });

  /** Stores that fail the way real ones do, quoting what they were given. */
  const failingStores: [string, Partial<SessionHooks>][] = [
    [
      "a store whose compareAndSet fails quoting the tokens",
      {
        store: {
          load: async () => undefined,
          compareAndSet: async (prev, next) => {
            throw new Error(`disk full while replacing ${JSON.stringify(prev)} with ${JSON.stringify(next)}`);
          },
        },
      },
    ],
    [
      "an onTokens callback that fails quoting the tokens",
      {
        onTokens: (tokens) => {
          throw new TypeError(`cannot save ${tokens.accessToken} / ${tokens.refreshToken}`);
        },
      },
    ],
  ];
  interface SessionHooks {
    store: TokenStore;
    onTokens: (tokens: TokenSet) => void;
  }

  test.each(failingStores)(
    "%s: the error names the step, never the tokens, and the new tokens are kept in memory",
    async (_name, failing) => {
      const mock = await startMockPinterest();
      try {
        const oauth = mockOAuth(mock);
        const initial = receivedDaysAgo(await liveTokens(mock, oauth), 31);
        const session = createSession(oauth, { tokens: initial, ...failing });
        const result = await settle(session.getAccessToken());
        const current = session.tokens;

        expect(result.status).toBe("rejected");
        const error = (result as PromiseRejectedResult).reason as PinterestOAuthError;
        expect(error).toBeInstanceOf(PinterestOAuthError);
        expect(error.kind).toBe("persistence_failed");
        const texts = errorTexts(error);
        for (const secret of [initial.accessToken, initial.refreshToken, current.accessToken, current.refreshToken] as string[]) {
          expect(texts.filter((text) => text.includes(secret))).toEqual([]);
        }
        // Nothing lost: the rotated refresh token is kept, the next call gets the new access token.
        expect(current.refreshToken).not.toBe(initial.refreshToken);
        expect(await accountStatus(mock, await session.getAccessToken())).toBe(200);
      } finally {
        await mock.close();
      }
    },
  );
});
