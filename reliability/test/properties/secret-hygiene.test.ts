import { DEFAULT_MOCK_CLIENT, type Fault, type MockPinterest, startMockPinterest } from "@pinterest-kit/mock";
import { createPinterestOAuth, createSession, type PinterestOAuth, PinterestOAuthError, TokenSet } from "@pinterest-kit/oauth";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { errorTexts, secretForms } from "../support/error-texts.js";
import { DAY_MS, REDIRECT_URI, SCOPES } from "../support/mock-app.js";
import { runProperty } from "../support/run-property.js";
import { settle } from "../support/settle.js";
import { credentialText } from "./arbitraries.js";

/** Any text a credential can be, at least as long as the redactor's minimum. */
const secretText = credentialText({ minLength: 4, maxLength: 40 });

/** A fixed secret for the control run: what the texts hold when the server echoes something else. */
const CONTROL_SECRET = "control-secret-9f3a1c";

/** Which secret the server (or a broken fetch) echoes back. */
type Holder = "client secret" | "Basic credentials" | "code" | "refresh token" | "session refresh token" | "token to revoke";
const HOLDERS: readonly Holder[] = [
  "client secret",
  "Basic credentials",
  "code",
  "refresh token",
  "session refresh token",
  "token to revoke",
];

/** How the secret comes back: in an error body, a header, a broken 2xx body, or a failing fetch. */
type Channel =
  | "Pinterest message"
  | "RFC error and description"
  | "HTML page"
  | "plain text"
  | "x-pinterest-rid header"
  | "2xx body missing fields"
  | "2xx JSON cut after the secret"
  | "fetch error cause chain";
const CHANNELS: readonly Channel[] = [
  "Pinterest message",
  "RFC error and description",
  "HTML page",
  "plain text",
  "x-pinterest-rid header",
  "2xx body missing fields",
  "2xx JSON cut after the secret",
  "fetch error cause chain",
];

/** Channels whose text the error keeps (message, description, excerpt, request id, cause), redacted. */
const KEPT_BY_THE_ERROR: ReadonlySet<Channel> = new Set<Channel>([
  "Pinterest message",
  "RFC error and description",
  "HTML page",
  "plain text",
  "x-pinterest-rid header",
  "fetch error cause chain",
]);

const basic = (id: string, secret: string) => {
  const form = (value: string) => new URLSearchParams([["", value]]).toString().slice(1);
  return btoa(`${form(id)}:${form(secret)}`);
};

function faultFor(channel: Channel, echo: string, status: number): Fault | undefined {
  switch (channel) {
    case "Pinterest message":
      return {
        type: "status",
        status,
        body: { text: JSON.stringify({ code: 1, message: `bad ${echo}`, message_detail: echo }) },
      };
    case "RFC error and description":
      return { type: "status", status, body: { text: JSON.stringify({ error: echo, error_description: `about ${echo}` }) } };
    case "HTML page":
      return {
        type: "status",
        status: 502,
        body: { text: `<html><title>${echo}</title><pre>${echo}</pre></html>`, contentType: "text/html" },
      };
    case "plain text":
      return { type: "status", status, body: { text: echo, contentType: "text/plain" } };
    case "x-pinterest-rid header":
      return { type: "status", status, body: "empty", headers: { "x-pinterest-rid": echo } };
    case "2xx body missing fields":
      return { type: "status", status: 200, body: { text: JSON.stringify({ access_token: echo, token_type: echo, scope: 5 }) } };
    case "2xx JSON cut after the secret":
      return { type: "status", status: 200, body: { text: `{"access_token":"${echo}" oops`, contentType: "application/json" } };
    case "fetch error cause chain":
      return undefined;
  }
}

/** A fetch that fails the way a proxy or instrumentation layer might: the secret in messages, fields and nested causes. */
function failingFetch(echo: string): (request: Request) => Promise<Response> {
  return async () => {
    const socketError = Object.assign(new Error(`connect failed for ${echo}`), {
      code: "ECONNRESET",
      address: echo,
      syscall: echo,
    });
    throw new TypeError(`fetch failed: ${echo}`, {
      cause: new AggregateError([socketError, new Error(echo)], `all attempts failed ${echo}`, { cause: echo }),
    });
  };
}

interface Scenario {
  holder: Holder;
  channel: Channel;
  form: number;
  status: number;
}

/** Run one scenario with `secret` in the holder's place; the error the call rejected with, if any. */
async function failureWith(mock: MockPinterest, secret: string, scenario: Scenario): Promise<unknown> {
  const { holder, channel, status } = scenario;
  const clientSecret = holder === "client secret" || holder === "Basic credentials" ? secret : DEFAULT_MOCK_CLIENT.clientSecret;
  // A header carries only ASCII: there the secret comes back percent-encoded.
  const form = channel === "x-pinterest-rid header" ? 2 : scenario.form;
  const echoed =
    holder === "Basic credentials" ? basic(DEFAULT_MOCK_CLIENT.clientId, secret) : (secretForms(secret)[form] as string);
  const fault = faultFor(channel, echoed, status);
  const oauth: PinterestOAuth = createPinterestOAuth({
    clientId: DEFAULT_MOCK_CLIENT.clientId,
    clientSecret,
    redirectUri: REDIRECT_URI,
    baseUrl: mock.baseUrl,
    retry: { sleep: async () => {} },
    ...(fault === undefined ? { fetch: failingFetch(echoed) } : {}),
  });
  mock.clearFaults();
  if (fault) {
    mock.fail(fault, { times: Number.POSITIVE_INFINITY, path: "/v5/oauth/token" });
    mock.fail(fault, { times: Number.POSITIVE_INFINITY, path: "/v5/oauth/token/revoke" });
  }
  const run = (): Promise<unknown> => {
    switch (holder) {
      case "client secret":
      case "Basic credentials":
        return oauth.clientCredentials({ scopes: SCOPES });
      case "code":
        return oauth.exchangeCode(secret);
      case "refresh token":
        return oauth.refreshToken(secret);
      case "session refresh token": {
        const receivedAt = Date.now() - DAY_MS;
        const tokens = new TokenSet({
          accessToken: "pina_expired_access",
          tokenType: "bearer",
          scopes: [...SCOPES],
          expiresIn: 3600,
          receivedAt,
          expiresAt: receivedAt + 3_600_000,
          refreshToken: secret,
        });
        return createSession(oauth, { tokens }).getAccessToken();
      }
      case "token to revoke":
        return oauth.revokeToken(secret);
    }
  };
  const result = await settle(run());
  mock.clearFaults();
  return result.status === "rejected" ? result.reason : undefined;
}

/** Everything in `texts` that holds `secret` in a form a reader could use. */
function leaks(texts: readonly string[], needles: readonly string[]): string[] {
  return needles.filter((needle) => texts.some((text) => text.includes(needle)));
}

describe("secrets never appear in any representation of any error", () => {
  let mock: MockPinterest;
  beforeAll(async () => {
    mock = await startMockPinterest({ maxRecordedRequests: 10 });
  });
  afterAll(() => mock.close());

  test("an arbitrary client secret, code or token echoed by the server or a failing fetch is redacted everywhere", async () => {
    const scenario = fc.record({
      holder: fc.constantFrom(...HOLDERS),
      channel: fc.constantFrom(...CHANNELS),
      form: fc.integer({ min: 0, max: 3 }),
      status: fc.constantFrom(400, 401, 403, 429, 500, 503),
    });
    await runProperty(
      "secrets redacted from errors",
      fc.asyncProperty(secretText, scenario, async (secret, example) => {
        const needles = [...secretForms(secret), basic(DEFAULT_MOCK_CLIENT.clientId, secret)];
        // The same call with another secret: text it holds anyway (an advice sentence, "[redacted]")
        // is a coincidence of the generated secret, not a leak.
        const control = errorTexts(await failureWith(mock, CONTROL_SECRET, example));
        fc.pre(leaks(control, needles).length === 0);

        const error = await failureWith(mock, secret, example);
        if (error !== undefined) expect(error).toBeInstanceOf(PinterestOAuthError);
        expect(leaks(errorTexts(error), needles)).toEqual([]);
        // The echo did reach the error (and was replaced), rather than being dropped on the way.
        if (error !== undefined && KEPT_BY_THE_ERROR.has(example.channel))
          expect(errorTexts(error).join("\n")).toContain("[redacted]");
      }),
      { numRuns: 400 },
    );
  });

  test("parseCallback never shows the code or either state in its errors", async () => {
    const oauth = createPinterestOAuth({
      clientId: DEFAULT_MOCK_CLIENT.clientId,
      clientSecret: DEFAULT_MOCK_CLIENT.clientSecret,
      redirectUri: REDIRECT_URI,
    });
    const example = fc.record({
      code: secretText,
      state: secretText,
      expectedState: secretText,
      sameState: fc.boolean(),
      error: fc.constantFrom(undefined, "access_denied", "invalid_scope", "server_error"),
      echoForm: fc.integer({ min: 0, max: 3 }),
    });
    /** The error parseCallback throws for a callback carrying `code` and `state`, if any. */
    const callbackError = (code: string, state: string, expectedState: string, error: string | undefined, echoForm: number) => {
      const params = new URLSearchParams({ code, state });
      if (error !== undefined) {
        params.set("error", error);
        params.set("error_description", `declined ${secretForms(code)[echoForm]}`);
      }
      try {
        oauth.parseCallback(`${REDIRECT_URI}?${params}`, { expectedState });
        return undefined;
      } catch (thrown) {
        return thrown;
      }
    };
    await runProperty(
      "callback secrets redacted",
      fc.property(example, ({ code, state, expectedState, sameState, error, echoForm }) => {
        const expected = sameState ? state : expectedState;
        const needles = [code, state, expected].flatMap(secretForms);
        const control = errorTexts(
          callbackError(CONTROL_SECRET, "control-state-1", sameState ? "control-state-1" : "control-state-2", error, echoForm),
        );
        fc.pre(leaks(control, needles).length === 0);

        const thrown = callbackError(code, state, expected, error, echoForm);
        // Without an error and with the right state, the code is returned, as it must be.
        if (thrown === undefined) {
          expect(state === expected && error === undefined).toBe(true);
          return;
        }
        expect(thrown).toBeInstanceOf(PinterestOAuthError);
        expect(leaks(errorTexts(thrown), needles)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
