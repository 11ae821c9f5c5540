import { describe, expectTypeOf, test } from "vitest";
import {
  type Board,
  type BoardSection,
  createPinterestClient,
  type Media,
  type Page,
  type PagedPath,
  type Pin,
  paginate,
} from "../../src/index.js";

const client = createPinterestClient();

describe("paginate is typed from the response schema's items", () => {
  test("/boards yields Board", () => {
    expectTypeOf(paginate(client, "/boards")).toExtend<AsyncIterable<Board>>();
    expectTypeOf(paginate(client, "/boards").pages()).toExtend<AsyncIterable<Page<Board>>>();
  });

  test("items typed through allOf: [Paginated, { items }]", () => {
    expectTypeOf(paginate(client, "/boards/{board_id}/pins", { params: { path: { board_id: "1" } } })).toExtend<
      AsyncIterable<Pin>
    >();
    expectTypeOf(paginate(client, "/boards/{board_id}/sections", { params: { path: { board_id: "1" } } })).toExtend<
      AsyncIterable<BoardSection>
    >();
    expectTypeOf(paginate(client, "/pins")).toExtend<AsyncIterable<Pin>>();
    expectTypeOf(paginate(client, "/search/pins", { params: { query: { query: "cats" } } })).toExtend<AsyncIterable<Pin>>();
    expectTypeOf(paginate(client, "/user_account/following/boards")).toExtend<AsyncIterable<Board>>();
  });

  test("required path and query parameters stay required", () => {
    paginate(client, "/boards/{board_id}/pins", { params: { path: { board_id: "1" } } });
    paginate(client, "/boards/{board_id}/sections", { params: { path: { board_id: "1" } }, pageSize: 10 });
    // @ts-expect-error: board_id is required
    paginate(client, "/boards/{board_id}/pins");
    // @ts-expect-error: search needs its query
    paginate(client, "/search/pins");
  });

  test("/media yields Media items; the query keeps its own parameters", () => {
    expectTypeOf(paginate(client, "/media", { pageSize: 50 })).toExtend<AsyncIterable<Media>>();
    paginate(client, "/boards", { params: { query: { privacy: "PUBLIC" } }, limit: 10 });
    // @ts-expect-error: paginate owns the bookmark
    paginate(client, "/boards", { params: { query: { bookmark: "x" } } });
  });

  test("a path that does not page does not compile", () => {
    // @ts-expect-error: GET /user_account takes no bookmark
    paginate(client, "/user_account");
    // @ts-expect-error: GET /boards/{board_id} is one board
    paginate(client, "/boards/{board_id}", { params: { path: { board_id: "1" } } });
    expectTypeOf<"/user_account">().not.toExtend<PagedPath>();
    expectTypeOf<"/boards">().toExtend<PagedPath>();
  });
});
