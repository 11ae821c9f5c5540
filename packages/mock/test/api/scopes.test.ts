import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { scopesCover } from "../../src/api/check-scopes.js";
import { type MockPinterest, startMockPinterest } from "../../src/index.js";
import type { TokenGrant } from "../../src/store/token-store.js";
import { manualClock } from "../helpers.js";
import { clientWith } from "./api-fixtures.js";

const grant = (scopes: string[], appOnly = false): TokenGrant => ({
  clientId: "1",
  scopes,
  expiresAt: 1,
  grantId: "g",
  kind: "access",
  appOnly,
});
type Security = Record<string, string[]>[];
const BOARDS_LIST: Security = [{ pinterest_oauth2: ["boards:read"] }, { client_credentials: ["boards:read"] }];
const MEDIA_LIST: Security = [{ pinterest_oauth2: ["pins:read"] }];

describe("scopesCover (OpenAPI 3.0.3 §4.7.30 security alternatives)", () => {
  const cases: [string, { given: [Security, TokenGrant]; want: boolean }][] = [
    ["a user token with the scope", { given: [BOARDS_LIST, grant(["boards:read"])], want: true }],
    ["a user token with more scopes", { given: [BOARDS_LIST, grant(["pins:read", "boards:read"])], want: true }],
    ["a user token without it", { given: [BOARDS_LIST, grant(["pins:read"])], want: false }],
    [
      "an app token where client_credentials is an alternative",
      { given: [BOARDS_LIST, grant(["boards:read"], true)], want: true },
    ],
    ["an app token where only pinterest_oauth2 is", { given: [MEDIA_LIST, grant(["pins:read"], true)], want: false }],
    ["no requirements", { given: [[], grant([])], want: true }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(scopesCover(...given)).toBe(want);
  });
});

describe("scopes and tokens on the wire", () => {
  let mock: MockPinterest;
  const clock = manualClock();
  beforeEach(async () => {
    mock = await startMockPinterest({ clock: clock.now, accessTokenTtlSeconds: 60 });
  });
  afterEach(async () => {
    await mock.close();
  });
  const CODE_3 = {
    code: 3,
    message:
      "Your token does not have sufficient permissions to perform this operation. Please ensure your token is authorized with the correct set of scopes.",
  };

  it("a token missing one scope of the only alternative is 401 code 3", async () => {
    const { response, error } = await clientWith(mock, ["boards:read"]).POST("/boards", {
      body: { name: "x", privacy: "PUBLIC" },
    });
    expect([response.status, error]).toEqual([401, CODE_3]);
  });

  it("an app token on an operation only users may call is 401 code 3", async () => {
    const { response, error } = await clientWith(mock, ["pins:read"], true).GET("/media");
    expect([response.status, error]).toEqual([401, CODE_3]);
  });

  it("an app token where client_credentials is an alternative is served", async () => {
    expect((await clientWith(mock, ["boards:read"], true).GET("/boards")).response.status).toBe(200);
  });

  it("an expired or unknown token is 401 code 2 with WWW-Authenticate", async () => {
    const api = clientWith(mock, ["boards:read"]);
    clock.advance(60_000);
    const expired = await api.GET("/boards");
    expect([expired.response.status, (expired.error as { code: number }).code]).toEqual([401, 2]);
    expect(expired.response.headers.get("www-authenticate")).toBe('Bearer realm="Pinterest"');
    const unknown = await fetch(`${mock.baseUrl}/boards`, { headers: { authorization: "Bearer pina_unknown" } });
    expect([unknown.status, ((await unknown.json()) as { code: number }).code]).toEqual([401, 2]);
  });

  it("a refresh token is not an access token", async () => {
    const tokens = await fetch(`${mock.baseUrl}/boards`, { headers: { authorization: "Bearer pinr_x" } });
    expect(tokens.status).toBe(401);
  });
});

describe("secret boards and Pins need their scopes", () => {
  let mock: MockPinterest;
  beforeEach(async () => {
    mock = await startMockPinterest({
      boards: [
        { id: "1", name: "Open" },
        { id: "2", name: "Hidden", privacy: "SECRET" },
      ],
      pins: [
        { id: "11", board_id: "1", title: "open pin" },
        { id: "22", board_id: "2", title: "hidden pin" },
      ],
    });
  });
  afterEach(async () => {
    await mock.close();
  });
  const BASE = ["boards:read", "pins:read"];
  const cases: [string, { scopes: string[]; boards: string[]; pins: string[] }][] = [
    ["without the secret scopes", { scopes: BASE, boards: ["Open"], pins: ["11"] }],
    ["with boards:read_secret", { scopes: [...BASE, "boards:read_secret"], boards: ["Open", "Hidden"], pins: ["11"] }],
    [
      "with both secret scopes",
      { scopes: [...BASE, "boards:read_secret", "pins:read_secret"], boards: ["Open", "Hidden"], pins: ["11", "22"] },
    ],
  ];
  it.each(cases)("%s", async (_name, { scopes, boards, pins }) => {
    const api = clientWith(mock, scopes);
    expect((await api.GET("/boards", { params: { query: { privacy: "ALL" } } })).data?.items.map((b) => b.name)).toEqual(boards);
    expect((await api.GET("/pins")).data?.items.map((p) => p.id)).toEqual(pins);
    const hidden = await api.GET("/boards/{board_id}", { params: { path: { board_id: "2" } } });
    expect(hidden.response.status).toBe(boards.includes("Hidden") ? 200 : 404);
  });
});
