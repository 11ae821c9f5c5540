import type { PinterestClient } from "@pinterest-kit/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tableOperations } from "../../src/api/operation-table.js";
import { type MockPinterest, startMockPinterest } from "../../src/index.js";
import type { OperationId } from "../../src/schema/operation-validators.js";
import { manualClock } from "../helpers.js";
import { type CallResult, clientWith, expectSchemaValid, recentDays } from "./api-fixtures.js";

const BOARD = "549755885175";
const SECTION = "549755885200";
const PIN = "813744226420795884";
const MISSING = "123456789";

interface Ctx {
  api: PinterestClient;
  /** A token with only `user_accounts:read`. */
  narrow: PinterestClient;
  /** A token with only `boards:read`, for the user_account operations. */
  noAccount: PinterestClient;
  days: { start_date: string; end_date: string };
}
type Call = (ctx: Ctx) => Promise<CallResult>;

/** Per pinned operation: one call that succeeds and one that is refused, with the status it gets. */
const cases: [OperationId, { success: Call; refusal: Call; refused: number }][] = [
  ["boards/list", { success: ({ api }) => api.GET("/boards"), refusal: ({ narrow }) => narrow.GET("/boards"), refused: 401 }],
  [
    "boards/create",
    {
      success: ({ api }) => api.POST("/boards", { body: { name: "Trips", privacy: "SECRET" } }),
      refusal: ({ api }) => api.POST("/boards", { body: { name: "Trips", colour: "red" } as never }),
      refused: 400,
    },
  ],
  [
    "boards/get",
    {
      success: ({ api }) => api.GET("/boards/{board_id}", { params: { path: { board_id: BOARD } } }),
      refusal: ({ api }) => api.GET("/boards/{board_id}", { params: { path: { board_id: MISSING } } }),
      refused: 404,
    },
  ],
  [
    "boards/update",
    {
      success: ({ api }) => api.PATCH("/boards/{board_id}", { params: { path: { board_id: BOARD } }, body: { name: "Renamed" } }),
      refusal: ({ api }) =>
        api.PATCH("/boards/{board_id}", { params: { path: { board_id: BOARD } }, body: { privacy: "PROTECTED" } as never }),
      refused: 400,
    },
  ],
  [
    "boards/delete",
    {
      success: ({ api }) => api.DELETE("/boards/{board_id}", { params: { path: { board_id: BOARD } } }),
      refusal: ({ api }) => api.DELETE("/boards/{board_id}", { params: { path: { board_id: "not-a-number" } } }),
      refused: 400,
    },
  ],
  [
    "boards/list_pins",
    {
      success: ({ api }) =>
        api.GET("/boards/{board_id}/pins", { params: { path: { board_id: BOARD }, query: { page_size: 1 } } }),
      refusal: ({ api }) => api.GET("/boards/{board_id}/pins", { params: { path: { board_id: MISSING } } }),
      refused: 404,
    },
  ],
  [
    "board_sections/list",
    {
      success: ({ api }) => api.GET("/boards/{board_id}/sections", { params: { path: { board_id: BOARD } } }),
      refusal: ({ api }) =>
        api.GET("/boards/{board_id}/sections", { params: { path: { board_id: BOARD }, query: { page_size: 0 } } }),
      refused: 400,
    },
  ],
  [
    "board_sections/create",
    {
      success: ({ api }) =>
        api.POST("/boards/{board_id}/sections", { params: { path: { board_id: BOARD } }, body: { name: "Desserts" } }),
      refusal: ({ api }) =>
        api.POST("/boards/{board_id}/sections", { params: { path: { board_id: BOARD } }, body: { name: "Drinks" } }),
      refused: 409,
    },
  ],
  [
    "board_sections/update",
    {
      success: ({ api }) =>
        api.PATCH("/boards/{board_id}/sections/{section_id}", {
          params: { path: { board_id: BOARD, section_id: SECTION } },
          body: { name: "Cold drinks" },
        }),
      refusal: ({ api }) =>
        api.PATCH("/boards/{board_id}/sections/{section_id}", {
          params: { path: { board_id: BOARD, section_id: SECTION } },
          body: { name: "" },
        }),
      refused: 400,
    },
  ],
  [
    "board_sections/delete",
    {
      success: ({ api }) =>
        api.DELETE("/boards/{board_id}/sections/{section_id}", { params: { path: { board_id: BOARD, section_id: SECTION } } }),
      refusal: ({ api }) =>
        api.DELETE("/boards/{board_id}/sections/{section_id}", { params: { path: { board_id: BOARD, section_id: MISSING } } }),
      refused: 404,
    },
  ],
  [
    "board_sections/list_pins",
    {
      success: ({ api }) =>
        api.GET("/boards/{board_id}/sections/{section_id}/pins", { params: { path: { board_id: BOARD, section_id: SECTION } } }),
      refusal: ({ narrow }) =>
        narrow.GET("/boards/{board_id}/sections/{section_id}/pins", {
          params: { path: { board_id: BOARD, section_id: SECTION } },
        }),
      refused: 401,
    },
  ],
  ["media/list", { success: ({ api }) => api.GET("/media"), refusal: ({ narrow }) => narrow.GET("/media"), refused: 401 }],
  [
    "media/create",
    {
      success: ({ api }) => api.POST("/media", { body: { media_type: "video" } }),
      refusal: ({ api }) => api.POST("/media", { body: { media_type: "image" } as never }),
      refused: 400,
    },
  ],
  [
    "media/get",
    {
      success: async ({ api }) => {
        const { data } = await api.POST("/media", { body: { media_type: "video" } });
        return api.GET("/media/{media_id}", { params: { path: { media_id: String(data?.media_id) } } });
      },
      refusal: ({ api }) => api.GET("/media/{media_id}", { params: { path: { media_id: MISSING } } }),
      refused: 404,
    },
  ],
  [
    "pins/list",
    {
      success: ({ api }) => api.GET("/pins", { params: { query: { creative_types: ["REGULAR"], page_size: 2 } } }),
      refusal: ({ api }) => api.GET("/pins", { params: { query: { pin_filter: "everything" as never } } }),
      refused: 400,
    },
  ],
  [
    "pins/create",
    {
      success: ({ api }) =>
        api.POST("/pins", {
          body: {
            board_id: BOARD,
            title: "Lemonade",
            media_source: { source_type: "image_url", url: "https://example.com/l.jpg" },
          },
        }),
      refusal: ({ api }) =>
        api.POST("/pins", { body: { board_id: BOARD, media_source: { source_type: "video_id", url: "https://x" } } as never }),
      refused: 400,
    },
  ],
  [
    "pins/get",
    {
      success: ({ api }) => api.GET("/pins/{pin_id}", { params: { path: { pin_id: PIN } } }),
      refusal: ({ api }) => api.GET("/pins/{pin_id}", { params: { path: { pin_id: MISSING } } }),
      refused: 404,
    },
  ],
  [
    "pins/update",
    {
      success: ({ api }) => api.PATCH("/pins/{pin_id}", { params: { path: { pin_id: PIN } }, body: { title: "Melon salad" } }),
      refusal: ({ api }) => api.PATCH("/pins/{pin_id}", { params: { path: { pin_id: PIN } }, body: { board_id: MISSING } }),
      refused: 404,
    },
  ],
  [
    "pins/delete",
    {
      success: ({ api }) => api.DELETE("/pins/{pin_id}", { params: { path: { pin_id: PIN } } }),
      refusal: ({ narrow }) => narrow.DELETE("/pins/{pin_id}", { params: { path: { pin_id: PIN } } }),
      refused: 401,
    },
  ],
  [
    "pins/save",
    {
      success: ({ api }) =>
        api.POST("/pins/{pin_id}/save", { params: { path: { pin_id: PIN } }, body: { board_section_id: SECTION } }),
      refusal: ({ api }) => api.POST("/pins/{pin_id}/save", { params: { path: { pin_id: PIN } }, body: { board_id: MISSING } }),
      refused: 404,
    },
  ],
  [
    "pins/analytics",
    {
      success: ({ api, days }) =>
        api.GET("/pins/{pin_id}/analytics", {
          params: { path: { pin_id: PIN }, query: { ...days, metric_types: ["IMPRESSION", "SAVE", "USER_FOLLOW"] } },
        }),
      refusal: ({ api, days }) =>
        api.GET("/pins/{pin_id}/analytics", {
          params: {
            path: { pin_id: PIN },
            query: { start_date: days.end_date, end_date: days.start_date, metric_types: ["USER_FOLLOW"] },
          },
        }),
      refused: 400,
    },
  ],
  [
    "multi_pins/analytics",
    {
      success: ({ api, days }) =>
        api.GET("/pins/analytics", {
          params: { query: { ...days, pin_ids: [PIN], metric_types: ["IMPRESSION", "VIDEO_START"] } },
        }),
      refusal: ({ api, days }) =>
        api.GET("/pins/analytics", { params: { query: { ...days, pin_ids: [MISSING], metric_types: ["PROFILE_VISIT"] } } }),
      refused: 404,
    },
  ],
  [
    "search_user_boards/get",
    {
      success: ({ api }) => api.GET("/search/boards", { params: { query: { query: "garden" } } }),
      refusal: ({ narrow }) => narrow.GET("/search/boards", { params: { query: { query: "garden" } } }),
      refused: 401,
    },
  ],
  [
    "search_user_pins/list",
    {
      success: ({ api }) => api.GET("/search/pins", { params: { query: { query: "tea" } } }),
      refusal: ({ api }) => api.GET("/search/pins", { params: { query: {} as never } }),
      refused: 400,
    },
  ],
  [
    "search_partner_pins",
    {
      success: ({ api }) => api.GET("/search/partner/pins", { params: { query: { term: "herb", country_code: "US" } } }),
      refusal: ({ api }) =>
        api.GET("/search/partner/pins", { params: { query: { term: "herb", country_code: "US", limit: 51 } } }),
      refused: 400,
    },
  ],
  [
    "user_account/get",
    { success: ({ api }) => api.GET("/user_account"), refusal: ({ noAccount }) => noAccount.GET("/user_account"), refused: 401 },
  ],
  [
    "user_account/analytics",
    {
      success: ({ api, days }) =>
        api.GET("/user_account/analytics", { params: { query: { ...days, metric_types: ["IMPRESSION"] } } }),
      refusal: ({ api }) =>
        api.GET("/user_account/analytics", { params: { query: { start_date: "yesterday", end_date: "today" } } }),
      refused: 400,
    },
  ],
  [
    "user_account/analytics/top_pins",
    {
      success: ({ api, days }) =>
        api.GET("/user_account/analytics/top_pins", { params: { query: { ...days, sort_by: "SAVE" } } }),
      refusal: ({ api, days }) =>
        api.GET("/user_account/analytics/top_pins", { params: { query: { ...days, sort_by: "SAVE", num_of_pins: 51 } } }),
      refused: 400,
    },
  ],
  [
    "user_account/analytics/top_video_pins",
    {
      success: ({ api, days }) =>
        api.GET("/user_account/analytics/top_video_pins", { params: { query: { ...days, sort_by: "VIDEO_START" } } }),
      refusal: ({ api, days }) =>
        api.GET("/user_account/analytics/top_video_pins", { params: { query: { ...days, sort_by: "PIN_CLICK" as never } } }),
      refused: 400,
    },
  ],
  [
    "linked_business_accounts/get",
    {
      success: ({ api }) => api.GET("/user_account/businesses"),
      refusal: ({ noAccount }) => noAccount.GET("/user_account/businesses"),
      refused: 401,
    },
  ],
  [
    "followers/list",
    {
      success: ({ api }) => api.GET("/user_account/followers", { params: { query: { page_size: 1 } } }),
      refusal: ({ api }) => api.GET("/user_account/followers", { params: { query: { bookmark: "not-ours" } } }),
      refused: 400,
    },
  ],
  [
    "user_following/get",
    {
      success: ({ api }) => api.GET("/user_account/following", { params: { query: { feed_type: "RANKED" } } }),
      refusal: ({ api }) => api.GET("/user_account/following", { params: { query: { explicit_following: "yes" as never } } }),
      refused: 400,
    },
  ],
  [
    "boards_user_follows/list",
    {
      success: ({ api }) => api.GET("/user_account/following/boards"),
      refusal: ({ noAccount }) => noAccount.GET("/user_account/following/boards"),
      refused: 401,
    },
  ],
  [
    "follow_user/update",
    {
      success: ({ api }) =>
        api.POST("/user_account/following/{username}", {
          params: { path: { username: "pinterest" } },
          body: { auto_follow: false },
        }),
      refusal: ({ api }) => api.POST("/user_account/following/{username}", { params: { path: { username: "12345" } }, body: {} }),
      refused: 400,
    },
  ],
  [
    "user_websites/get",
    {
      success: ({ api }) => api.GET("/user_account/websites"),
      refusal: ({ noAccount }) => noAccount.GET("/user_account/websites"),
      refused: 401,
    },
  ],
  [
    "verify_website/update",
    {
      success: ({ api }) =>
        api.POST("/user_account/websites", { body: { website: "shop.example", verification_method: "METATAG" } }),
      refusal: ({ api }) =>
        api.POST("/user_account/websites", { body: { website: "shop.example", verification_method: "EMAIL" } as never }),
      refused: 400,
    },
  ],
  [
    "unverify_website/delete",
    {
      success: ({ api }) => api.DELETE("/user_account/websites", { params: { query: { website: "example.com" } } }),
      refusal: ({ api }) => api.DELETE("/user_account/websites", { params: { query: { website: "never-verified.example" } } }),
      refused: 404,
    },
  ],
  [
    "website_verification/get",
    {
      success: ({ api }) => api.GET("/user_account/websites/verification"),
      refusal: ({ noAccount }) => noAccount.GET("/user_account/websites/verification"),
      refused: 401,
    },
  ],
  [
    "user_account/followed_interests",
    {
      success: ({ api }) =>
        api.GET("/users/{username}/interests/follow", { params: { path: { username: "pinterestkit_mock" } } }),
      refusal: ({ api }) => api.GET("/users/{username}/interests/follow", { params: { path: { username: "nobody_here" } } }),
      refused: 404,
    },
  ],
];

let mock: MockPinterest;
let ctx: Ctx;
beforeEach(async () => {
  const clock = manualClock();
  mock = await startMockPinterest({ clock: clock.now });
  const api = clientWith(mock);
  ctx = {
    api,
    narrow: clientWith(mock, ["user_accounts:read"]),
    noAccount: clientWith(mock, ["boards:read"]),
    days: recentDays(clock.now()),
  };
});
afterEach(async () => {
  await mock.close();
});

describe("every pinned operation, through @pinterest-kit/client", () => {
  it("has a case here for each operation of the generated table", () => {
    expect(cases.map(([id]) => id).sort()).toEqual(
      tableOperations()
        .map((operation) => operation.operationId)
        .sort(),
    );
  });

  it.each(cases)("%s succeeds with a schema-valid 2xx", async (operationId, { success }) => {
    const { status } = expectSchemaValid(operationId, await success(ctx));
    expect(status).toBeGreaterThanOrEqual(200);
    expect(status).toBeLessThan(300);
  });

  it.each(cases)("%s refuses with a schema-valid {code, message}", async (operationId, { refusal, refused }) => {
    const { status, body } = expectSchemaValid(operationId, await refusal(ctx));
    expect(status).toBe(refused);
    expect(body).toMatchObject({ code: expect.any(Number), message: expect.any(String) });
    if (status === 401) expect(body).toMatchObject({ code: 3 });
  });
});
