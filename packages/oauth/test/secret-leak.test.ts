import { inspect } from "node:util";
import { afterEach, describe, expect, test } from "vitest";
import {
  createPinterestOAuth,
  createSession,
  type PinterestOAuth,
  PinterestOAuthError,
  TokenSet,
  type TokenStore,
} from "../src/index.js";
import { ACCESS_TOKEN, BASIC, CLIENT_ID, CLIENT_SECRET, CODE, NOW, oauthFor, REFRESH_TOKEN, SECRETS } from "./fixtures.js";
import { type RecordedRequest, type Reply, startTokenServer, type TokenServer, tokenBody } from "./token-server.js";

let server: TokenServer | undefined;
afterEach(async () => {
  await server?.close({ force: true });
  server = undefined;
});

/** Each secret as given and in every encoding a server could echo it in. */
const NEEDLES = SECRETS.flatMap((secret) => [
  secret,
  encodeURIComponent(secret),
  new URLSearchParams([["", secret]]).toString().slice(1),
  JSON.stringify(secret).slice(1, -1),
]);

/** Every way an error can be shown: message, stack, JSON, inspect (also hidden fields), each link of the cause chain. */
function representations(error: unknown): string[] {
  const shown = [
    String(error),
    JSON.stringify(error),
    inspect(error, { depth: 10 }),
    inspect(error, { depth: 10, showHidden: true }),
  ];
  for (
    let link = error as { message?: unknown; stack?: unknown; cause?: unknown } | undefined, depth = 0;
    link && depth < 10;
    depth++
  ) {
    shown.push(String(link.message), String(link.stack), inspect(link, { depth: 10, showHidden: true }));
    for (const key of Object.getOwnPropertyNames(link)) shown.push(String((link as Record<string, unknown>)[key]));
    link = link.cause as typeof link;
  }
  return shown;
}

function expectNoSecrets(error: unknown) {
  const text = representations(error).join("\n");
  for (const needle of NEEDLES) expect(text, `found ${JSON.stringify(needle)}`).not.toContain(needle);
}

const echo = (request: RecordedRequest) => `${request.body} ${request.headers.authorization} ${decodeURIComponent(request.body)}`;
const echoNewTokens = `${ACCESS_TOKEN} ${REFRESH_TOKEN}`;

/** Each helper, with the credential it sends (besides the client's). */
const calls: [string, (oauth: PinterestOAuth, signal?: AbortSignal) => Promise<unknown>, string | undefined][] = [
  ["exchangeCode", (oauth, signal) => oauth.exchangeCode(CODE, { signal }), CODE],
  ["refreshToken", (oauth, signal) => oauth.refreshToken(REFRESH_TOKEN, { signal }), REFRESH_TOKEN],
  ["clientCredentials", (oauth, signal) => oauth.clientCredentials({ scopes: ["ads:read"], signal }), undefined],
  ["revokeToken", (oauth, signal) => oauth.revokeToken(ACCESS_TOKEN, { signal }), ACCESS_TOKEN],
];

const errorPaths: [string, Reply][] = [
  [
    "a Pinterest error body echoing the request",
    (r) => ({ status: 400, body: { code: 1, message: echo(r), message_detail: echo(r) } }),
  ],
  ["an RFC 6749 error body echoing the request", (r) => ({ status: 400, body: { error: echo(r), error_description: echo(r) } })],
  [
    "an HTML 502 page echoing the request",
    (r) => ({ status: 502, raw: `<html><title>${echo(r)}</title><p>${echo(r)}</p></html>` }),
  ],
  ["a plain-text 500 echoing the request", (r) => ({ status: 500, raw: echo(r), headers: { "x-pinterest-rid": echo(r) } })],
  [
    "a 429 echoing the request",
    (r) => ({ status: 429, headers: { "retry-after": echo(r) }, body: { code: 8, message: echo(r) } }),
  ],
];

/** 2xx answers are failures only where a TokenSet is expected. */
const invalidTokenResponses: [string, Reply][] = [
  ["a non-JSON 2xx body holding the new tokens", () => ({ status: 200, raw: `access_token=${echoNewTokens}` })],
  ["a malformed 2xx JSON body holding the new tokens", () => ({ body: tokenBody({ expires_in: echoNewTokens, scope: 7 }) })],
  [
    "a 2xx body that breaks JSON.parse right after a token",
    () => ({ status: 200, raw: `{"access_token":"${ACCESS_TOKEN}" oops` }),
  ],
];

describe("no secret in any representation of any error", () => {
  for (const [callName, call, credential] of calls) {
    const paths = callName === "revokeToken" ? errorPaths : [...errorPaths, ...invalidTokenResponses];
    test.each(paths)(`${callName}: %s`, async (_name, reply) => {
      server = await startTokenServer({ fallback: reply });
      const error = await call(oauthFor(server, { retry: { retries: 0 } })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PinterestOAuthError);
      expectNoSecrets(error);
    });

    test(`${callName}: a custom fetch that throws the request back`, async () => {
      const leakyFetch = async (request: Request) => {
        const body = await request.text();
        const inner = new Error(`socket said ${body} ${request.headers.get("authorization")}`);
        throw new TypeError(`fetch failed for ${body}`, { cause: Object.assign(inner, { code: `E_${CLIENT_SECRET}` }) });
      };
      const oauth = createPinterestOAuth({
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        redirectUri: "https://a.example/cb",
        fetch: leakyFetch,
      });
      const error = await call(oauth).catch((e: unknown) => e);
      expect(error).toMatchObject({ kind: "network" });
      expectNoSecrets(error);
    });

    test(`${callName}: an abort whose reason names the secrets, and a timeout`, async () => {
      server = await startTokenServer({ fallback: "hang" });
      const controller = new AbortController();
      const pending = call(oauthFor(server), controller.signal).catch((e: unknown) => e);
      await server.received(1);
      controller.abort(new Error(`cancelled ${CLIENT_SECRET} ${BASIC} ${credential}`));
      const aborted = await pending;
      expect(aborted).toMatchObject({ kind: "aborted" });
      expectNoSecrets(aborted);
      const timedOut = await call(oauthFor(server, { timeoutMs: 20 })).catch((e: unknown) => e);
      expect(timedOut).toMatchObject({ kind: "timeout" });
      expectNoSecrets(timedOut);
    });
  }

  test("parseCallback errors never show the code", () => {
    const url = `https://app.example/cb?code=${CODE}&state=s&error=invalid_request&error_description=bad+code+${CODE}`;
    const error = (() => {
      try {
        return createPinterestOAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }).parseCallback(url, {
          expectedState: "s",
        });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toMatchObject({ kind: "invalid_request" });
    expectNoSecrets(error);
  });
});

describe("objects that hold secrets do not show them", () => {
  test("the oauth object shows its client id only", () => {
    const oauth = createPinterestOAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    const shown = [JSON.stringify(oauth), inspect(oauth, { depth: Infinity, showHidden: true }), String(oauth)].join("\n");
    expect(shown).toContain(CLIENT_ID);
    expect(shown).not.toContain(CLIENT_SECRET);
    expect(shown).not.toContain(BASIC.slice(6));
  });

  test("a TokenSet's inspect output redacts both tokens", () => {
    const tokens = new TokenSet({
      accessToken: ACCESS_TOKEN,
      tokenType: "bearer",
      scopes: ["pins:read"],
      expiresIn: 60,
      receivedAt: NOW,
      expiresAt: NOW + 60_000,
      refreshToken: REFRESH_TOKEN,
    });
    const shown = inspect(tokens, { depth: Infinity });
    expect(shown).toContain("[redacted]");
    expect(shown).toContain("pins:read");
    expect(shown).not.toContain(ACCESS_TOKEN);
    expect(shown).not.toContain(REFRESH_TOKEN);
  });
});

describe("no secret in any representation of a session error", () => {
  // Opaque tokens, so only knowing them (not their pina_/pinr_ shape) can redact them.
  const OLD_ACCESS = "OPAQUE-old-access-7f3a9c";
  const OLD_REFRESH = "OPAQUE-old-refresh-51bd0e";
  const NEW_ACCESS = "OPAQUE-new-access-c0ffee";
  const NEW_REFRESH = "OPAQUE-new-refresh-bead42";
  const sessionNeedles = [OLD_ACCESS, OLD_REFRESH, NEW_ACCESS, NEW_REFRESH, CLIENT_SECRET];
  const expired = new TokenSet({
    accessToken: OLD_ACCESS,
    tokenType: "bearer",
    scopes: ["pins:read"],
    expiresIn: 60,
    receivedAt: NOW - 120_000,
    expiresAt: NOW - 60_000,
    refreshToken: OLD_REFRESH,
  });
  const renewed: Reply = { body: tokenBody({ access_token: NEW_ACCESS, refresh_token: NEW_REFRESH }) };
  const everything = `${sessionNeedles.join(" ")}`;

  const cases: [string, { reply: Reply; store?: TokenStore; onTokens?: () => never }][] = [
    [
      "a refresh rejected with invalid_grant echoing the request",
      { reply: (r) => ({ status: 400, body: { code: 283, message: echo(r) } }) },
    ],
    [
      "onTokens throwing the tokens back",
      {
        reply: renewed,
        onTokens: () => {
          throw new Error(`cannot save ${everything}`);
        },
      },
    ],
    [
      "a store whose write fails quoting the tokens",
      {
        reply: renewed,
        store: {
          load: async () => expired,
          compareAndSet: async () => {
            throw new Error(`disk full: ${everything}`);
          },
        },
      },
    ],
    [
      "a store whose read fails quoting the tokens",
      {
        reply: renewed,
        store: {
          load: async () => {
            throw new Error(`unreadable: ${OLD_ACCESS} ${OLD_REFRESH}`);
          },
          compareAndSet: async () => true,
        },
      },
    ],
  ];
  test.each(cases)("%s", async (_name, { reply, store, onTokens }) => {
    server = await startTokenServer({ fallback: reply });
    const session = createSession(oauthFor(server, { retry: { retries: 0 } }), { tokens: expired, store, onTokens });
    const first = await session.getAccessToken().catch((e: unknown) => e);
    const second = await session.getAccessToken().catch((e: unknown) => e);
    for (const error of [first, second]) {
      if (!(error instanceof PinterestOAuthError)) continue;
      const text = representations(error).join("\n");
      for (const needle of sessionNeedles) expect(text, `found ${needle}`).not.toContain(needle);
    }
    expect(first).toBeInstanceOf(PinterestOAuthError);
  });
});

// The redacting hooks live on instances: a class method under a computed key makes bundlers keep
// the class, and what it uses, in bundles that never touch it.
describe("the redacting inspect hooks are on the instances, not on the classes", () => {
  test.each([
    ["PinterestOAuthError", () => new PinterestOAuthError("failed", { kind: "network", operation: "exchangeCode" })],
    [
      "TokenSet",
      () =>
        new TokenSet({
          accessToken: ACCESS_TOKEN,
          tokenType: "bearer",
          scopes: [],
          expiresIn: 60,
          receivedAt: NOW,
          expiresAt: NOW,
        }),
    ],
  ])("%s", (_name, make) => {
    const value = make();
    expect(Object.getOwnPropertySymbols(Object.getPrototypeOf(value))).toEqual([]);
    expect(Object.getOwnPropertySymbols(value)).toHaveLength(1);
    expect(inspect(value)).not.toContain(ACCESS_TOKEN);
  });
});
