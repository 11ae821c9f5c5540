import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createPinterestClient, PINTEREST_API_VERSION, PINTEREST_OPERATIONS, PINTEREST_SERVER_URL } from "../src/index.js";
import { startRecordingServer } from "./recording-server.js";

type Server = Awaited<ReturnType<typeof startRecordingServer>>;
let server: Server;
beforeEach(async () => {
  server = await startRecordingServer({ body: { access_token: "t", token_type: "bearer", expires_in: 1, scope: "a" } });
});
afterEach(() => server.close());

const basic = `Basic ${btoa("id:secret")}`;

describe("form operations send exactly application/x-www-form-urlencoded", () => {
  const cases: [string, { path: "/oauth/token" | "/oauth/token/revoke"; body: Record<string, unknown>; want: string }][] = [
    [
      "authorization_code with reserved and non-ASCII characters",
      {
        path: "/oauth/token",
        body: {
          grant_type: "authorization_code",
          code: "c+d/e=f&g",
          redirect_uri: "https://例え.jp/cb?x=1&y=ü",
          continuous_refresh: true,
        },
        want: "grant_type=authorization_code&code=c%2Bd%2Fe%3Df%26g&redirect_uri=https%3A%2F%2F%E4%BE%8B%E3%81%88.jp%2Fcb%3Fx%3D1%26y%3D%C3%BC&continuous_refresh=true",
      },
    ],
    [
      "refresh_token with an undefined scope",
      {
        path: "/oauth/token",
        body: { grant_type: "refresh_token", refresh_token: "r 1", scope: undefined },
        want: "grant_type=refresh_token&refresh_token=r+1",
      },
    ],
    [
      "client_credentials",
      {
        path: "/oauth/token",
        body: { grant_type: "client_credentials", scope: "ads:read,pins:read" },
        want: "grant_type=client_credentials&scope=ads%3Aread%2Cpins%3Aread",
      },
    ],
    [
      "revoke",
      {
        path: "/oauth/token/revoke",
        body: { token: "pina_ü", token_type_hint: "access_token" },
        want: "token=pina_%C3%BC&token_type_hint=access_token",
      },
    ],
  ];

  test.each(cases)("%s", async (_name, { path, body, want }) => {
    const client = createPinterestClient({ baseUrl: server.baseUrl, userAgent: "pinterest-kit-test/1" });
    // biome-ignore lint/suspicious/noExplicitAny: the table mixes the bodies of two operations
    await client.POST(path, { body: body as any, headers: { Authorization: basic } });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(`${request?.method} ${request?.url}`).toBe(`POST /v5${path}`);
    expect(request?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request?.headers.authorization).toBe(basic);
    expect(request?.headers["user-agent"]).toBe("pinterest-kit-test/1");
    expect(request?.headers["content-length"]).toBe(String(Buffer.byteLength(want)));
    expect(request?.body).toBe(want);
  });
});

describe("createPinterestClient", () => {
  test("a GET operation carries no body and no content type, and parses JSON", async () => {
    const client = createPinterestClient({ baseUrl: server.baseUrl, headers: { Authorization: "Bearer t" } });
    const { data, response } = await client.GET("/user_account", { params: { query: { ad_account_id: "123" } } });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ access_token: "t" });
    const [request] = server.requests;
    expect(`${request?.method} ${request?.url}`).toBe("GET /v5/user_account?ad_account_id=123");
    expect(request?.headers["content-type"]).toBeUndefined();
    expect(request?.headers.authorization).toBe("Bearer t");
  });

  test("a custom fetch receives every request", async () => {
    const seen: string[] = [];
    const client = createPinterestClient({
      baseUrl: server.baseUrl,
      fetch: (request) => {
        seen.push(`${request.method} ${new URL(request.url).pathname}`);
        return fetch(request);
      },
    });
    await client.POST("/oauth/token/revoke", { body: { token: "x" } });
    expect(seen).toEqual(["POST /v5/oauth/token/revoke"]);
  });

  test("client.request() sends form operations as forms too", async () => {
    const client = createPinterestClient({ baseUrl: server.baseUrl });
    await client.request("post", "/oauth/token/revoke", { body: { token: "a b", token_type_hint: undefined } });
    const [request] = server.requests;
    expect(request?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request?.body).toBe("token=a+b");
  });

  test("defaults to the spec's server", async () => {
    const urls: string[] = [];
    const client = createPinterestClient({
      fetch: async (request) => {
        urls.push(request.url);
        return new Response("{}", { headers: { "content-type": "application/json" } });
      },
    });
    await client.GET("/user_account");
    expect(urls).toEqual([`${PINTEREST_SERVER_URL}/user_account`]);
    expect(PINTEREST_SERVER_URL).toBe("https://api.pinterest.com/v5");
  });

  test("exposes the pinned version and the operation table", () => {
    expect(PINTEREST_API_VERSION).toMatch(/^5\.\d+\.\d+$/);
    expect(PINTEREST_OPERATIONS["oauth/token"]).toEqual({
      method: "POST",
      path: "/oauth/token",
      requestContentType: "application/x-www-form-urlencoded",
      paginated: false,
      security: [{ basic: [] }],
      rateLimitCategory: "org_read",
    });
    expect(PINTEREST_OPERATIONS["boards/list"]).toEqual({
      method: "GET",
      path: "/boards",
      requestContentType: null,
      paginated: true,
      security: [{ pinterest_oauth2: ["boards:read"] }, { client_credentials: ["boards:read"] }],
      rateLimitCategory: "org_read",
    });
  });
});

describe("createPinterestClient rejects bad options before any request, naming the option", () => {
  const cases: [string, { given: unknown; want: RegExp }][] = [
    ["not an object", { given: "https://api.pinterest.com/v5", want: /takes an options object/ }],
    ["a baseUrl that is not a string", { given: { baseUrl: 5 }, want: /options\.baseUrl must be an absolute http\(s\) URL/ }],
    ["a relative baseUrl", { given: { baseUrl: "/v5" }, want: /options\.baseUrl/ }],
    ["a non-http baseUrl", { given: { baseUrl: "ftp://example.com/v5" }, want: /options\.baseUrl/ }],
    ["a fetch that is not a function", { given: { fetch: "fetch" }, want: /options\.fetch must be a fetch function/ }],
    ["headers that are not an object", { given: { headers: ["a"] }, want: /options\.headers must be an object/ }],
    ["a header that is not a string", { given: { headers: { "X-N": 1 } }, want: /options\.headers\["X-N"\] must be a string/ }],
    ["an empty userAgent", { given: { userAgent: "" }, want: /options\.userAgent/ }],
  ];
  test.each(cases)("%s", (_name, { given, want }) => {
    expect(() => createPinterestClient(given as never)).toThrow(TypeError);
    expect(() => createPinterestClient(given as never)).toThrow(want);
  });
});
