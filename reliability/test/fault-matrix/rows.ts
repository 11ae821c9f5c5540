import { createPinterestClient } from "@pinterest-kit/client";
import type { MockPinterest } from "@pinterest-kit/mock";
import type { PinterestOAuth, PinterestOAuthOperation } from "@pinterest-kit/oauth";
import { createSession } from "@pinterest-kit/oauth";
import { accountStatus, liveTokens, mockOAuth, REDIRECT_URI, receivedDaysAgo, SCOPES } from "../support/mock-app.js";
import type { Grant } from "./rules.js";

export const TOKEN_PATH = "/v5/oauth/token";
export const REVOKE_PATH = "/v5/oauth/token/revoke";
export const ACCOUNT_PATH = "/v5/user_account";

/** What a row's cell works with: a live mock, and the oauth under test (maybe aimed at a dead port). */
export interface CellEnv {
  mock: MockPinterest;
  oauth: PinterestOAuth;
}

/** A row, ready to run: the call under test, and what a session must do afterwards. */
export interface PreparedCall {
  call(): Promise<unknown>;
  /** Sessions: the same call once the fault is gone must succeed with a token the mock accepts. */
  recover?(): Promise<void>;
}

/** One row of the matrix: a helper, a session, or a client using the session's middleware. */
export interface HelperRow {
  name: string;
  grant: Grant;
  /** The `operation` the error names. */
  operation: PinterestOAuthOperation;
  tokenPath: typeof TOKEN_PATH | typeof REVOKE_PATH;
  /** API requests the row sends before its token request (the 401 that starts a refresh). */
  apiRequestsFirst: number;
  /** Rows holding state: a rejected grant latches, and a transient failure must not. */
  stateful: boolean;
  prepare(env: CellEnv): Promise<PreparedCall>;
}

/** Set up with real tokens on the live mock, through an oauth object that always reaches it. */
const setupTokens = (mock: MockPinterest) => liveTokens(mock, mockOAuth(mock));

async function expectAccepted(mock: MockPinterest, accessToken: string): Promise<void> {
  const status = await accountStatus(mock, accessToken);
  if (status !== 200) throw new Error(`the recovered access token was refused by the mock (HTTP ${status})`);
}

export const HELPER_ROWS: readonly HelperRow[] = [
  {
    name: "exchangeCode",
    grant: "authorization_code",
    operation: "exchangeCode",
    tokenPath: TOKEN_PATH,
    apiRequestsFirst: 0,
    stateful: false,
    async prepare({ mock, oauth }) {
      const code = mock.issueCode({ redirectUri: REDIRECT_URI, scopes: SCOPES });
      return { call: () => oauth.exchangeCode(code) };
    },
  },
  {
    name: "refreshToken",
    grant: "refresh_token",
    operation: "refreshToken",
    tokenPath: TOKEN_PATH,
    apiRequestsFirst: 0,
    stateful: false,
    async prepare({ mock, oauth }) {
      const { refreshToken } = await setupTokens(mock);
      return { call: () => oauth.refreshToken(refreshToken as string) };
    },
  },
  {
    name: "clientCredentials",
    grant: "client_credentials",
    operation: "clientCredentials",
    tokenPath: TOKEN_PATH,
    apiRequestsFirst: 0,
    stateful: false,
    async prepare({ oauth }) {
      return { call: () => oauth.clientCredentials({ scopes: SCOPES }) };
    },
  },
  {
    name: "revokeToken",
    grant: "revocation",
    operation: "revokeToken",
    tokenPath: REVOKE_PATH,
    apiRequestsFirst: 0,
    stateful: false,
    async prepare({ mock, oauth }) {
      const { refreshToken } = await setupTokens(mock);
      return { call: () => oauth.revokeToken(refreshToken as string, { tokenTypeHint: "refresh_token" }) };
    },
  },
  {
    name: "session.getAccessToken (expired)",
    grant: "refresh_token",
    operation: "refreshToken",
    tokenPath: TOKEN_PATH,
    apiRequestsFirst: 0,
    stateful: true,
    async prepare({ mock, oauth }) {
      const session = createSession(oauth, { tokens: receivedDaysAgo(await setupTokens(mock), 31) });
      return {
        call: () => session.getAccessToken(),
        recover: async () => expectAccepted(mock, await session.getAccessToken()),
      };
    },
  },
  {
    name: "middleware (expired token)",
    grant: "refresh_token",
    operation: "refreshToken",
    tokenPath: TOKEN_PATH,
    apiRequestsFirst: 0,
    stateful: true,
    async prepare({ mock, oauth }) {
      const session = createSession(oauth, { tokens: receivedDaysAgo(await setupTokens(mock), 31) });
      const client = createPinterestClient({ baseUrl: mock.baseUrl });
      client.use(session.middleware());
      return { call: () => accountCall(client), recover: () => accountCall(client) };
    },
  },
  {
    name: "middleware (401, refresh, replay)",
    grant: "refresh_token",
    operation: "refreshToken",
    tokenPath: TOKEN_PATH,
    apiRequestsFirst: 1,
    stateful: true,
    async prepare({ mock, oauth }) {
      const tokens = await setupTokens(mock);
      // Pinterest revoked the access token early: the API answers 401 {code: 2} although it has not expired.
      await mockOAuth(mock).revokeToken(tokens.accessToken, { tokenTypeHint: "access_token" });
      const session = createSession(oauth, { tokens });
      const client = createPinterestClient({ baseUrl: mock.baseUrl });
      client.use(session.middleware());
      return { call: () => accountCall(client), recover: () => accountCall(client) };
    },
  },
];

/** `GET /user_account` through a client; resolves only with the account (HTTP 200). */
async function accountCall(client: ReturnType<typeof createPinterestClient>): Promise<void> {
  const { response } = await client.GET("/user_account");
  if (response.status !== 200) throw new Error(`GET /user_account answered HTTP ${response.status}`);
}
