import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paginate } from "../../src/api/paginate.js";
import { type MockPinterest, startMockPinterest } from "../../src/index.js";
import { clientWith, expectSchemaValid } from "./api-fixtures.js";

const items = Array.from({ length: 60 }, (_, i) => i);

describe("paginate", () => {
  const cases: [string, { given: Record<string, unknown>; want: { first: number | undefined; size: number; more: boolean } }][] =
    [
      ["25 items by default", { given: {}, want: { first: 0, size: 25, more: true } }],
      ["page_size", { given: { page_size: 250 }, want: { first: 0, size: 60, more: false } }],
      ["limit, for operations that page with it", { given: { limit: 7 }, want: { first: 0, size: 7, more: true } }],
    ];
  it.each(cases)("%s", (_name, { given, want }) => {
    const page = paginate(items, given);
    if (!("items" in page)) throw new Error("expected a page");
    expect({ first: page.items[0], size: page.items.length, more: page.bookmark !== null }).toEqual(want);
  });

  it("an unknown bookmark is a 400", () => {
    expect(paginate(items, { bookmark: "abc" })).toMatchObject({ status: 400, body: { code: 1 } });
    expect(paginate(items, { bookmark: "!!" })).toMatchObject({ status: 400 });
  });
});

describe("GET /v5/boards paged through @pinterest-kit/client", () => {
  let mock: MockPinterest;
  beforeAll(async () => {
    mock = await startMockPinterest({ boards: Array.from({ length: 60 }, (_, i) => ({ name: `Board ${i + 1}` })) });
  });
  afterAll(async () => {
    await mock.close();
  });

  it("follows the opaque bookmark until it is null; every page schema-valid", async () => {
    const api = clientWith(mock, ["boards:read"]);
    const names: string[] = [];
    const sizes: number[] = [];
    let bookmark: string | undefined;
    do {
      const result = await api.GET("/boards", { params: { query: bookmark === undefined ? {} : { bookmark } } });
      expectSchemaValid("boards/list", result);
      sizes.push(result.data?.items.length ?? 0);
      names.push(...(result.data?.items ?? []).map((board) => board.name));
      bookmark = result.data?.bookmark ?? undefined;
      if (result.data?.bookmark !== null) expect(result.data?.bookmark).toMatch(/^[A-Za-z0-9_-]+$/);
    } while (bookmark !== undefined);
    expect(sizes).toEqual([25, 25, 10]);
    expect(names).toEqual(Array.from({ length: 60 }, (_, i) => `Board ${i + 1}`));
  });

  it("answers bookmark: null on a last page that is exactly full", async () => {
    const { data } = await clientWith(mock, ["boards:read"]).GET("/boards", { params: { query: { page_size: 60 } } });
    expect([data?.items.length, data?.bookmark]).toEqual([60, null]);
  });
});
