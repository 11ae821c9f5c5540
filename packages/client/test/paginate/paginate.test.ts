import { afterEach, describe, expect, test } from "vitest";
import { createPinterestClient, PinterestApiError, paginate } from "../../src/index.js";
import { type RecordedRequest, type Reply, startRecordingServer } from "../recording-server.js";

type Server = Awaited<ReturnType<typeof startRecordingServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const board = (id: number) => ({ id: String(id), name: `Board ${id}` });
// Bookmarks with characters a query string must escape, to show they come back exactly.
const BOOKMARKS = ["Y3Vyc29y+MQ==/a&b=c", "second page ü #2"];

/** Pages of `perPage` boards; page n answers the n-th bookmark and sends the next. */
function pagesOf(pageCount: number, perPage: number, bookmarks = BOOKMARKS) {
  return (request: RecordedRequest): Reply => {
    const bookmark = new URL(request.url, "http://x").searchParams.get("bookmark");
    const page = bookmark === null ? 0 : bookmarks.indexOf(bookmark) + 1;
    if (page < 0 || page >= pageCount) return { status: 400, body: { code: 1, message: `unknown bookmark` } };
    const items = Array.from({ length: perPage }, (_, i) => board(page * perPage + i));
    return { body: { items, bookmark: page + 1 < pageCount ? bookmarks[page] : null } };
  };
}

const clientFor = (baseUrl: string) => createPinterestClient({ baseUrl, retry: { retries: 0 } });
const bookmarksSent = (requests: RecordedRequest[]) =>
  requests.map((request) => new URL(request.url, "http://x").searchParams.get("bookmark"));

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe("paginate follows bookmarks", () => {
  test("three pages, each bookmark passed back exactly, no page_size by default", async () => {
    server = await startRecordingServer(pagesOf(3, 2));
    const items = await collect(paginate(clientFor(server.baseUrl), "/boards"));
    expect(items.map((item) => item.id)).toEqual(["0", "1", "2", "3", "4", "5"]);
    expect(bookmarksSent(server.requests)).toEqual([null, ...BOOKMARKS]);
    for (const request of server.requests) {
      expect(request.method).toBe("GET");
      expect(new URL(request.url, "http://x").pathname).toBe("/v5/boards");
      expect(request.url).not.toContain("page_size");
    }
  });

  test("pages() yields items, the next bookmark and the response", async () => {
    server = await startRecordingServer(pagesOf(2, 3));
    const pages = await collect(paginate(clientFor(server.baseUrl), "/boards", { pageSize: 3 }).pages());
    expect(pages.map((page) => [page.items.length, page.bookmark, page.response.status])).toEqual([
      [3, BOOKMARKS[0], 200],
      [3, null, 200],
    ]);
    for (const request of server.requests) expect(new URL(request.url, "http://x").searchParams.get("page_size")).toBe("3");
  });

  test("the caller's query and path parameters go on every page", async () => {
    server = await startRecordingServer(pagesOf(2, 1));
    const client = clientFor(server.baseUrl);
    await collect(paginate(client, "/boards/{board_id}/pins", { params: { path: { board_id: "b/1" } } }));
    expect(server.requests.map((request) => new URL(request.url, "http://x").pathname)).toEqual([
      "/v5/boards/b%2F1/pins",
      "/v5/boards/b%2F1/pins",
    ]);
    await collect(paginate(client, "/boards", { params: { query: { privacy: "SECRET" } } }));
    expect(new URL(server.requests[3]?.url ?? "", "http://x").searchParams.get("privacy")).toBe("SECRET");
  });

  test("leaving the loop early requests no further page", async () => {
    server = await startRecordingServer(pagesOf(3, 2));
    for await (const item of paginate(clientFor(server.baseUrl), "/boards")) {
      expect(item.id).toBe("0");
      break;
    }
    expect(server.requests).toHaveLength(1);
  });

  test("an absent or empty bookmark ends the paging", async () => {
    server = await startRecordingServer((_request, index) => ({
      body: index === 0 ? { items: [board(1)], bookmark: "" } : { items: [board(2)] },
    }));
    expect(await collect(paginate(clientFor(server.baseUrl), "/boards"))).toHaveLength(1);
    expect(server.requests).toHaveLength(1);
  });
});

describe("limit stops without another request", () => {
  const cases: [string, { limit: number; items: number; requests: number }][] = [
    ["inside the first page", { limit: 2, items: 2, requests: 1 }],
    ["at a page boundary", { limit: 3, items: 3, requests: 1 }],
    ["inside the second page", { limit: 4, items: 4, requests: 2 }],
    ["beyond the last page", { limit: 100, items: 9, requests: 3 }],
    ["zero", { limit: 0, items: 0, requests: 0 }],
  ];
  test.each(cases)("%s", async (_name, { limit, items, requests }) => {
    server = await startRecordingServer(pagesOf(3, 3));
    expect(await collect(paginate(clientFor(server.baseUrl), "/boards", { limit }))).toHaveLength(items);
    expect(server.requests).toHaveLength(requests);
  });
});

describe("a failing page throws PinterestApiError saying how many items were yielded", () => {
  test("a 500 on page two", async () => {
    server = await startRecordingServer((request, index) =>
      index === 1
        ? { status: 500, headers: { "x-pinterest-rid": "rid-42" }, body: { code: 0, message: "internal" } }
        : pagesOf(3, 2)(request),
    );
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of paginate(clientFor(server?.baseUrl ?? ""), "/boards")) seen.push(item.id);
    })().catch((thrown: unknown) => thrown);
    expect(seen).toEqual(["0", "1"]);
    expect(error).toBeInstanceOf(PinterestApiError);
    expect(error).toMatchObject({
      kind: "server_error",
      status: 500,
      itemsYielded: 2,
      operation: "GET /boards",
      requestId: "rid-42",
    });
    expect((error as Error).message).toContain("after 2 items were yielded");
  });

  test("a bookmark the server already sent stops instead of looping", async () => {
    server = await startRecordingServer({ body: { items: [board(1), board(2)], bookmark: "same" } });
    const error = await collect(paginate(clientFor(server.baseUrl), "/boards")).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ name: "PinterestApiError", kind: "invalid_response", itemsYielded: 4 });
    expect((error as Error).message).toMatch(/repeats a bookmark/);
    expect(bookmarksSent(server.requests)).toEqual([null, "same"]);
  });

  test("a page without items", async () => {
    server = await startRecordingServer({ body: { bookmark: null } });
    await expect(collect(paginate(clientFor(server.baseUrl), "/boards"))).rejects.toMatchObject({
      kind: "invalid_response",
      itemsYielded: 0,
    });
  });

  test("the caller's signal, aborted between pages", async () => {
    server = await startRecordingServer(pagesOf(3, 1));
    const controller = new AbortController();
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of paginate(clientFor(server?.baseUrl ?? ""), "/boards", { signal: controller.signal })) {
        seen.push(item.id);
        controller.abort();
      }
    })().catch((thrown: unknown) => thrown);
    expect(seen).toEqual(["0"]);
    expect(error).toMatchObject({ kind: "aborted", itemsYielded: 1 });
  });
});

describe("bad options are refused before any request", () => {
  const cases: [string, { given: object; want: RegExp }][] = [
    ["pageSize 0", { given: { pageSize: 0 }, want: /pageSize must be a whole number from 1 to 250, got 0/ }],
    ["pageSize 251", { given: { pageSize: 251 }, want: /pageSize must be a whole number from 1 to 250, got 251/ }],
    ["pageSize 2.5", { given: { pageSize: 2.5 }, want: /pageSize/ }],
    ["pageSize as a string", { given: { pageSize: "25" }, want: /pageSize/ }],
    ["a negative limit", { given: { limit: -1 }, want: /limit must be a whole number ≥ 0/ }],
    ["a signal that is not one", { given: { signal: "stop" }, want: /signal must be an AbortSignal/ }],
  ];
  test.each(cases)("%s", async (_name, { given, want }) => {
    server = await startRecordingServer(pagesOf(1, 1));
    expect(() => paginate(clientFor(server?.baseUrl ?? ""), "/boards", given as never)).toThrow(TypeError);
    expect(() => paginate(clientFor(server?.baseUrl ?? ""), "/boards", given as never)).toThrow(want);
    expect(server.requests).toHaveLength(0);
  });

  test("a path that does not page, forced past the types", () => {
    expect(() => paginate(createPinterestClient(), "/user_account" as never)).toThrow(/GET \/user_account does not page/);
  });
});
