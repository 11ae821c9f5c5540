import { createPinterestClient } from "@pinterest-kit/client";
import { afterEach, describe, expect, test } from "vitest";
import { PinterestOAuthError } from "../../src/index.js";
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
async function startApi(options: { valid?: string; reject?: (request: RecordedRequest) => Reply | undefined } = {}) {
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
  const session = oauth.createSession({ tokens: tokensAt(NOW, HOUR) });
  const client = createPinterestClient({ baseUrl: server.baseUrl });
  client.use(session.middleware());
  const seen = () =>
    server?.requests.map((r) => `${r.method} ${r.url} ${(r.headers.authorization ?? "-").replace(/^Basic \S+/, "Basic …")}`) ??
    [];
  return { server, clock, session, client, seen };
}

/** openapi-fetch sends any path; the pinned spec has no JSON-body operation, so this one is untyped. */
type UntypedPost = { POST(path: string, init: { body: unknown }): Promise<{ response: Response; data?: unknown }> };

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
    const { client, server } = await startApi({ valid: "revoked-elsewhere" });
    const body = { title: "Tänzer & 📌", board_id: "123" };
    const { response, data } = await (client as unknown as UntypedPost).POST("/pins", { body });
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
});
