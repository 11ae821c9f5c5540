import { createPinterestClient, PinterestApiError, type PinterestScope, unwrap } from "@pinterest-kit/client";
import { afterEach, describe, expect, test } from "vitest";
import { createSession, PinterestOAuthError } from "../../src/index.js";
import { NOW, oauthFor } from "../fixtures.js";
import { type RecordedRequest, type Reply, startTokenServer, type TokenServer, tokenBody } from "../token-server.js";
import { manualClock, tokensAt } from "./session-fixtures.js";

let server: TokenServer | undefined;
afterEach(async () => {
  await server?.close({ force: true });
  server = undefined;
});

const HOUR = 3_600_000;
const AUTH_FAILED = { status: 401, body: { code: 2, message: "Authentication failed." } };

/**
 * A tiny Pinterest: the token endpoint issues `pina_access_N`; API calls succeed only with the
 * access token it considers valid (initially the session's), else 401 with Pinterest code 2.
 */
async function startApi(
  options: {
    valid?: string;
    reject?: (request: RecordedRequest) => Reply | undefined;
    scopes?: PinterestScope[];
    checkScopes?: boolean;
  } = {},
) {
  let valid = options.valid ?? "pina_initial_access_0";
  let issued = 0;
  server = await startTokenServer({
    fallback: (request) => {
      const rejection = options.reject?.(request);
      if (rejection) return rejection;
      if (request.url === "/v5/oauth/token") {
        issued++;
        valid = `pina_access_${issued}`;
        return { body: tokenBody({ access_token: valid, refresh_token: `pinr_refresh_${issued}`, expires_in: 3600 }) };
      }
      if (request.headers.authorization !== `Bearer ${valid}`) return AUTH_FAILED;
      return { body: { username: "pinner", seen: request.body } };
    },
  });
  const clock = manualClock(NOW);
  const oauth = oauthFor(server, { clock: clock.now });
  const session = createSession(oauth, { tokens: tokensAt(NOW, HOUR, undefined, options.scopes) });
  const waits: number[] = [];
  const client = createPinterestClient({ baseUrl: server.baseUrl, retry: { sleep: async (ms) => void waits.push(ms) } });
  client.use(session.middleware(options.checkScopes === undefined ? undefined : { checkScopes: options.checkScopes }));
  const seen = () =>
    server?.requests.map((r) => `${r.method} ${r.url} ${(r.headers.authorization ?? "-").replace(/^Basic \S+/, "Basic …")}`) ??
    [];
  return { server, clock, session, client, seen, waits };
}

describe("session.middleware()", () => {
  test("sends the session's access token as a bearer token", async () => {
    const { client, seen } = await startApi();
    const { data, response } = await client.GET("/user_account");
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ username: "pinner" });
    expect(seen()).toEqual(["GET /v5/user_account Bearer pina_initial_access_0"]);
  });

  test("refreshes an expired token before the request, with no 401 round trip", async () => {
    const { client, clock, seen } = await startApi({ valid: "none-yet" });
    clock.set(NOW + 2 * HOUR);
    const { response } = await client.GET("/user_account");
    expect(response.status).toBe(200);
    expect(seen()).toEqual(["POST /v5/oauth/token Basic …", "GET /v5/user_account Bearer pina_access_1"]);
  });

  test("requests to the token endpoints never get a bearer token", async () => {
    const { client, clock, server } = await startApi();
    clock.set(NOW + 2 * HOUR); // expired: a bearer would need a refresh first
    await client.POST("/oauth/token/revoke", { body: { token: "pina_x" }, headers: { Authorization: "Basic YTpi" } });
    expect(server.requests.map((r) => `${r.url} ${r.headers.authorization}`)).toEqual(["/v5/oauth/token/revoke Basic YTpi"]);
  });

  test("a 401 with Pinterest code 2: one refresh, one replay", async () => {
    const { client, seen } = await startApi({ valid: "revoked-elsewhere" });
    const { data, response } = await client.GET("/user_account");
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ username: "pinner" });
    expect(seen()).toEqual([
      "GET /v5/user_account Bearer pina_initial_access_0",
      "POST /v5/oauth/token Basic …",
      "GET /v5/user_account Bearer pina_access_1",
    ]);
  });

  test("the replay carries the same body", async () => {
    const { client, server } = await startApi({
      valid: "revoked-elsewhere",
      scopes: ["boards:read", "boards:write", "pins:read", "pins:write"],
    });
    const body = {
      title: "Tänzer & 📌",
      board_id: "123",
      media_source: { source_type: "image_url", url: "https://i.example/a.jpg", is_standard: true },
    } as const;
    const { response, data } = await client.POST("/pins", { body });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ seen: JSON.stringify(body) });
    const pins = server.requests.filter((r) => r.url === "/v5/pins");
    expect(pins).toHaveLength(2);
    expect(pins[1]?.body).toBe(pins[0]?.body);
    expect(pins[1]?.headers["content-type"]).toBe("application/json");
  });

  test("a second 401 is returned as it is: one refresh, one replay, no more", async () => {
    const { client, server } = await startApi({ reject: (r) => (r.url === "/v5/user_account" ? AUTH_FAILED : undefined) });
    const { error, response } = await client.GET("/user_account");
    expect(response.status).toBe(401);
    expect(error).toEqual(AUTH_FAILED.body);
    expect(server.requests.map((r) => r.url)).toEqual(["/v5/user_account", "/v5/oauth/token", "/v5/user_account"]);
  });

  const notAboutTheToken: [string, Reply][] = [
    ["a 401 with another Pinterest code", { status: 401, body: { code: 3, message: "Authorization failed." } }],
    ["a 401 that is not JSON", { status: 401, raw: "<html>401</html>" }],
    ["a 403", { status: 403, body: { code: 2, message: "Authentication failed." } }],
  ];
  test.each(notAboutTheToken)("%s is returned without a refresh", async (_name, reply) => {
    const { client, server } = await startApi({ reject: (r) => (r.url === "/v5/user_account" ? reply : undefined) });
    const { response } = await client.GET("/user_account");
    expect(response.status).toBe(typeof reply === "object" && "status" in reply ? reply.status : 0);
    expect(server.requests.map((r) => r.url)).toEqual(["/v5/user_account"]);
  });

  test('a 401 with WWW-Authenticate: Bearer error="invalid_token" refreshes', async () => {
    let first = true;
    const { client, server } = await startApi({
      reject: (r) => {
        if (r.url !== "/v5/user_account" || !first) return undefined;
        first = false;
        return { status: 401, headers: { "www-authenticate": 'Bearer error="invalid_token"' }, body: {} };
      },
    });
    const { response } = await client.GET("/user_account");
    expect(response.status).toBe(200);
    expect(server.requests.map((r) => r.url)).toEqual(["/v5/user_account", "/v5/oauth/token", "/v5/user_account"]);
  });

  test("concurrent 401s share one refresh", async () => {
    const { client, server } = await startApi({ valid: "revoked-elsewhere" });
    const responses = await Promise.all(Array.from({ length: 20 }, () => client.GET("/user_account")));
    for (const { response } of responses) expect(response.status).toBe(200);
    expect(server.requests.filter((r) => r.url === "/v5/oauth/token")).toHaveLength(1);
  });

  test("a refresh rejected with invalid_grant rejects the request with requiresReauth", async () => {
    const { client, seen } = await startApi({
      valid: "revoked-elsewhere",
      reject: (r) => (r.url === "/v5/oauth/token" ? { status: 400, body: { code: 283, message: "Invalid grant" } } : undefined),
    });
    const error = await client.GET("/user_account").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PinterestOAuthError);
    expect(error).toMatchObject({ requiresReauth: true });
    expect(seen()).toEqual(["GET /v5/user_account Bearer pina_initial_access_0", "POST /v5/oauth/token Basic …"]);
  });

  test("client retries stay below the middleware: 503s are repeated, the 401 refreshes once and replays once", async () => {
    let calls = 0;
    const { client, seen, waits } = await startApi({
      valid: "revoked-elsewhere",
      reject: (r) => (r.url === "/v5/user_account" && calls++ % 2 === 0 ? { status: 503, raw: "unavailable" } : undefined),
    });
    const { response } = await client.GET("/user_account");
    expect(response.status).toBe(200);
    expect(seen()).toEqual([
      "GET /v5/user_account Bearer pina_initial_access_0",
      "GET /v5/user_account Bearer pina_initial_access_0",
      "POST /v5/oauth/token Basic …",
      "GET /v5/user_account Bearer pina_access_1",
      "GET /v5/user_account Bearer pina_access_1",
    ]);
    expect(waits).toHaveLength(2);
  });

  test("a 401 with code 3 (insufficient permissions) is not refreshed nor repeated, and surfaces as insufficient_scope", async () => {
    const insufficient = {
      status: 401,
      body: { code: 3, message: "Your token does not have sufficient permissions to perform this operation." },
    };
    const { client, server } = await startApi({ reject: (r) => (r.url === "/v5/user_account" ? insufficient : undefined) });
    const error = await unwrap(client.GET("/user_account")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PinterestApiError);
    expect(error).toMatchObject({ kind: "insufficient_scope", status: 401, code: 3, operation: "GET /user_account" });
    expect(server.requests.map((r) => r.url)).toEqual(["/v5/user_account"]);
  });
});

describe("session.middleware() checks scopes before sending", () => {
  test("an operation the token's scopes do not cover is refused before any request, naming what is missing", async () => {
    const { client, server, clock } = await startApi({ scopes: ["user_accounts:read"] });
    clock.set(NOW + 2 * HOUR); // expired: not even a refresh is sent
    const error = await client.GET("/boards").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PinterestApiError);
    expect(error).toMatchObject({ kind: "insufficient_scope", operation: "GET /boards", missingScopes: ["boards:read"] });
    expect((error as Error).message).toMatch(
      /^GET \/boards needs scope boards:read, which this session's token was not granted \(it has user_accounts:read\)/,
    );
    expect(server.requests).toHaveLength(0);
  });

  const cases: [string, { scopes: PinterestScope[]; path: "/boards" | "/pins"; missing: string[] }][] = [
    ["one alternative is enough", { scopes: ["boards:read"], path: "/boards", missing: [] }],
    ["every scope of an alternative is needed", { scopes: ["boards:read"], path: "/pins", missing: ["pins:read"] }],
    ["nothing granted that helps", { scopes: ["ads:read"], path: "/pins", missing: ["boards:read", "pins:read"] }],
  ];
  test.each(cases)("%s", async (_name, { scopes, path, missing }) => {
    const { client, server } = await startApi({ scopes, reject: () => ({ body: { items: [] } }) });
    const outcome = await client.GET(path).then(
      () => [],
      (e: PinterestApiError) => e.missingScopes,
    );
    expect(outcome).toEqual(missing);
    expect(server.requests).toHaveLength(missing.length === 0 ? 1 : 0);
  });

  test("checkScopes: false sends it anyway", async () => {
    const { client, server } = await startApi({ checkScopes: false, reject: () => ({ body: { items: [] } }) });
    const { response } = await client.GET("/boards");
    expect(response.status).toBe(200);
    expect(server.requests.map((r) => r.url)).toEqual(["/v5/boards"]);
  });

  test("unknown scopes (none recorded): nothing is checked", async () => {
    const { client, server } = await startApi({ scopes: [], reject: () => ({ body: { items: [] } }) });
    await client.GET("/boards");
    expect(server.requests).toHaveLength(1);
  });

  test("a checkScopes that is not a boolean is a TypeError", async () => {
    const { session } = await startApi();
    expect(() => session.middleware({ checkScopes: "no" as never })).toThrow(/checkScopes must be true or false/);
  });
});
