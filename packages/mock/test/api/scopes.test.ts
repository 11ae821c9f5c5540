import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { coveredScopes, secretWriteScopes } from "../../src/api/check-scopes.js";
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

describe("coveredScopes (OpenAPI 3.0.3 §4.7.30 security alternatives)", () => {
  const cases: [string, { given: [Security, TokenGrant]; want: readonly string[] | undefined }][] = [
    ["a user token with the scope", { given: [BOARDS_LIST, grant(["boards:read"])], want: ["boards:read"] }],
    ["a user token with more scopes", { given: [BOARDS_LIST, grant(["pins:read", "boards:read"])], want: ["boards:read"] }],
    ["a user token without it", { given: [BOARDS_LIST, grant(["pins:read"])], want: undefined }],
    [
      "an app token where client_credentials is an alternative",
      { given: [BOARDS_LIST, grant(["boards:read"], true)], want: ["boards:read"] },
    ],
    ["an app token where only pinterest_oauth2 is", { given: [MEDIA_LIST, grant(["pins:read"], true)], want: undefined }],
    ["no requirements", { given: [[], grant([])], want: [] }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(coveredScopes(...given)).toEqual(want);
  });
});

describe("secretWriteScopes: the secret form of each write scope the spec has one for", () => {
  const cases: [string, { given: string[]; want: string[] }][] = [
    ["a board write", { given: ["boards:read", "boards:write"], want: ["boards:write_secret"] }],
    [
      "a Pin write (which also writes boards)",
      { given: ["boards:read", "boards:write", "pins:read", "pins:write"], want: ["boards:write_secret", "pins:write_secret"] },
    ],
    ["a read", { given: ["boards:read", "pins:read"], want: [] }],
    ["a write scope without a secret form", { given: ["user_accounts:write"], want: [] }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(secretWriteScopes(given)).toEqual(want);
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

describe("writes to secret boards and their Pins need the secret write scopes", () => {
  let mock: MockPinterest;
  beforeEach(async () => {
    mock = await startMockPinterest({
      boards: [
        { id: "1", name: "Open", sections: [{ id: "101", name: "Part" }] },
        { id: "2", name: "Hidden", privacy: "SECRET", sections: [{ id: "202", name: "Part" }] },
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
  const WRITE = ["boards:read", "boards:write", "pins:read", "pins:write", "boards:read_secret", "pins:read_secret"];
  const SECRET_WRITE = [...WRITE, "boards:write_secret", "pins:write_secret"];
  const image = { source_type: "image_url", url: "https://example.com/a.jpg" } as const;
  type Api = ReturnType<typeof clientWith>;
  const writes: [string, { write: (api: Api) => Promise<{ response: Response; error?: unknown }>; secret: boolean }][] = [
    [
      "create a secret board",
      { write: (api) => api.POST("/boards", { body: { name: "New", privacy: "SECRET" } }), secret: true },
    ],
    [
      "create a public board",
      { write: (api) => api.POST("/boards", { body: { name: "New", privacy: "PUBLIC" } }), secret: false },
    ],
    [
      "make a public board secret",
      {
        write: (api) => api.PATCH("/boards/{board_id}", { params: { path: { board_id: "1" } }, body: { privacy: "SECRET" } }),
        secret: true,
      },
    ],
    [
      "rename a secret board",
      {
        write: (api) => api.PATCH("/boards/{board_id}", { params: { path: { board_id: "2" } }, body: { name: "Still hidden" } }),
        secret: true,
      },
    ],
    [
      "delete a secret board",
      { write: (api) => api.DELETE("/boards/{board_id}", { params: { path: { board_id: "2" } } }), secret: true },
    ],
    [
      "delete a public board",
      { write: (api) => api.DELETE("/boards/{board_id}", { params: { path: { board_id: "1" } } }), secret: false },
    ],
    [
      "add a section to a secret board",
      {
        write: (api) => api.POST("/boards/{board_id}/sections", { params: { path: { board_id: "2" } }, body: { name: "More" } }),
        secret: true,
      },
    ],
    [
      "delete a section of a secret board",
      {
        write: (api) =>
          api.DELETE("/boards/{board_id}/sections/{section_id}", { params: { path: { board_id: "2", section_id: "202" } } }),
        secret: true,
      },
    ],
    [
      "create a Pin on a secret board",
      { write: (api) => api.POST("/pins", { body: { board_id: "2", media_source: image } }), secret: true },
    ],
    [
      "create a Pin on a public board",
      { write: (api) => api.POST("/pins", { body: { board_id: "1", media_source: image } }), secret: false },
    ],
    [
      "move a public Pin to a secret board",
      {
        write: (api) => api.PATCH("/pins/{pin_id}", { params: { path: { pin_id: "11" } }, body: { board_id: "2" } }),
        secret: true,
      },
    ],
    [
      "edit a Pin on a secret board",
      {
        write: (api) => api.PATCH("/pins/{pin_id}", { params: { path: { pin_id: "22" } }, body: { title: "renamed" } }),
        secret: true,
      },
    ],
    [
      "delete a Pin on a secret board",
      { write: (api) => api.DELETE("/pins/{pin_id}", { params: { path: { pin_id: "22" } } }), secret: true },
    ],
    [
      "save a secret Pin to a public board",
      {
        write: (api) => api.POST("/pins/{pin_id}/save", { params: { path: { pin_id: "22" } }, body: { board_id: "1" } }),
        secret: false,
      },
    ],
  ];
  it.each(writes)("%s", async (_name, { write, secret }) => {
    const before = JSON.stringify(mock.snapshot());
    const withoutSecretScopes = await write(clientWith(mock, WRITE));
    if (!secret) {
      expect(withoutSecretScopes.response.ok, "no secret board involved: the write scopes do").toBe(true);
      return;
    }
    expect([withoutSecretScopes.response.status, withoutSecretScopes.error]).toEqual([401, expect.objectContaining({ code: 3 })]);
    expect(JSON.stringify(mock.snapshot()), "nothing changed").toBe(before);
    const withThem = await write(clientWith(mock, SECRET_WRITE));
    expect(withThem.response.ok, "with boards:write_secret and pins:write_secret").toBe(true);
  });
});
