import type { FetchResponse } from "openapi-fetch";
import { describe, expectTypeOf, test } from "vitest";
import type { components, PageItem, paths } from "../src/index.js";

type Schemas = components["schemas"];
type Method = "get" | "post" | "patch" | "delete";
/**
 * `data` of a successful call, as openapi-fetch computes it for the client's methods. openapi-fetch's
 * `Readable` flattens intersections, so types are compared by assignability both ways.
 */
type Result<P extends keyof paths, M extends Method> = FetchResponse<NonNullable<paths[P][M]>, undefined, `${string}/${string}`>;
type DataOf<P extends keyof paths, M extends Method> = NonNullable<Result<P, M>["data"]>;
/** The `data` type of an operation without a response body. */
type NoBody<P extends keyof paths, M extends Method> = Result<P, M>["data"];

// One row per pinned operation: what a successful call's `data` is typed as.
describe("each pinned operation's data type", () => {
  test("boards/list: GET /boards", () => {
    expectTypeOf<PageItem<"/boards">>().toExtend<Schemas["Board"]>();
    expectTypeOf<Schemas["Board"]>().toExtend<PageItem<"/boards">>();
    expectTypeOf<DataOf<"/boards", "get">>().toExtend<{ items: Schemas["Board"][]; bookmark?: string | null }>();
  });

  test("boards/create: POST /boards", () => {
    expectTypeOf<DataOf<"/boards", "post">>().toExtend<Schemas["Board"]>();
    expectTypeOf<Schemas["Board"]>().toExtend<DataOf<"/boards", "post">>();
  });

  test("boards/delete: DELETE /boards/{board_id}", () => {
    expectTypeOf<NoBody<"/boards/{board_id}", "delete">>().toEqualTypeOf<undefined>();
  });

  test("boards/get: GET /boards/{board_id}", () => {
    expectTypeOf<DataOf<"/boards/{board_id}", "get">>().toExtend<Schemas["Board"]>();
    expectTypeOf<Schemas["Board"]>().toExtend<DataOf<"/boards/{board_id}", "get">>();
  });

  test("boards/update: PATCH /boards/{board_id}", () => {
    expectTypeOf<DataOf<"/boards/{board_id}", "patch">>().toExtend<Schemas["BoardWithUpdatePrivacy"]>();
    expectTypeOf<Schemas["BoardWithUpdatePrivacy"]>().toExtend<DataOf<"/boards/{board_id}", "patch">>();
  });

  test("boards/list_pins: GET /boards/{board_id}/pins", () => {
    // Overlay gap: upstream declares these `items` without `type: array`, so openapi-typescript
    // emits `items?: unknown`. Remove this expectation once spec/overlays adds the type.
    // @ts-expect-error: items are not typed yet
    expectTypeOf<Schemas["Pin"]>().toExtend<PageItem<"/boards/{board_id}/pins">>();
  });

  test("board_sections/list: GET /boards/{board_id}/sections", () => {
    // Overlay gap: upstream declares these `items` without `type: array`, so openapi-typescript
    // emits `items?: unknown`. Remove this expectation once spec/overlays adds the type.
    // @ts-expect-error: items are not typed yet
    expectTypeOf<Schemas["BoardSection"]>().toExtend<PageItem<"/boards/{board_id}/sections">>();
  });

  test("board_sections/create: POST /boards/{board_id}/sections", () => {
    expectTypeOf<DataOf<"/boards/{board_id}/sections", "post">>().toExtend<Schemas["BoardSection"]>();
    expectTypeOf<Schemas["BoardSection"]>().toExtend<DataOf<"/boards/{board_id}/sections", "post">>();
  });

  test("board_sections/delete: DELETE /boards/{board_id}/sections/{section_id}", () => {
    expectTypeOf<NoBody<"/boards/{board_id}/sections/{section_id}", "delete">>().toEqualTypeOf<undefined>();
  });

  test("board_sections/update: PATCH /boards/{board_id}/sections/{section_id}", () => {
    expectTypeOf<DataOf<"/boards/{board_id}/sections/{section_id}", "patch">>().toExtend<Schemas["BoardSection"]>();
    expectTypeOf<Schemas["BoardSection"]>().toExtend<DataOf<"/boards/{board_id}/sections/{section_id}", "patch">>();
  });

  test("board_sections/list_pins: GET /boards/{board_id}/sections/{section_id}/pins", () => {
    // Overlay gap: upstream declares these `items` without `type: array`, so openapi-typescript
    // emits `items?: unknown`. Remove this expectation once spec/overlays adds the type.
    // @ts-expect-error: items are not typed yet
    expectTypeOf<Schemas["Pin"]>().toExtend<PageItem<"/boards/{board_id}/sections/{section_id}/pins">>();
  });

  test("media/list: GET /media", () => {
    expectTypeOf<PageItem<"/media">>().toExtend<Schemas["Media"]>();
    expectTypeOf<Schemas["Media"]>().toExtend<PageItem<"/media">>();
    expectTypeOf<DataOf<"/media", "get">>().toExtend<{ items: Schemas["Media"][]; bookmark?: string | null }>();
  });

  test("media/create: POST /media", () => {
    expectTypeOf<DataOf<"/media", "post">>().toExtend<Schemas["MediaUpload"]>();
    expectTypeOf<Schemas["MediaUpload"]>().toExtend<DataOf<"/media", "post">>();
  });

  test("media/get: GET /media/{media_id}", () => {
    expectTypeOf<DataOf<"/media/{media_id}", "get">>().toExtend<Schemas["Media"]>();
    expectTypeOf<Schemas["Media"]>().toExtend<DataOf<"/media/{media_id}", "get">>();
  });

  test("oauth/token: POST /oauth/token", () => {
    expectTypeOf<DataOf<"/oauth/token", "post">>().toExtend<Schemas["OauthAccessTokenResponse"]>();
    expectTypeOf<Schemas["OauthAccessTokenResponse"]>().toExtend<DataOf<"/oauth/token", "post">>();
  });

  test("token/revoke: POST /oauth/token/revoke", () => {
    expectTypeOf<NoBody<"/oauth/token/revoke", "post">>().toEqualTypeOf<undefined>();
  });

  test("pins/list: GET /pins", () => {
    expectTypeOf<PageItem<"/pins">>().toExtend<Schemas["Pin"]>();
    expectTypeOf<Schemas["Pin"]>().toExtend<PageItem<"/pins">>();
    expectTypeOf<DataOf<"/pins", "get">>().toExtend<{ items: Schemas["Pin"][]; bookmark?: string | null }>();
  });

  test("pins/create: POST /pins", () => {
    expectTypeOf<DataOf<"/pins", "post">>().toExtend<Schemas["Pin"]>();
    expectTypeOf<Schemas["Pin"]>().toExtend<DataOf<"/pins", "post">>();
  });

  test("multi_pins/analytics: GET /pins/analytics", () => {
    expectTypeOf<DataOf<"/pins/analytics", "get">>().toExtend<Schemas["BulkPinAnalyticsResponse"]>();
    expectTypeOf<Schemas["BulkPinAnalyticsResponse"]>().toExtend<DataOf<"/pins/analytics", "get">>();
  });

  test("pins/delete: DELETE /pins/{pin_id}", () => {
    expectTypeOf<NoBody<"/pins/{pin_id}", "delete">>().toEqualTypeOf<undefined>();
  });

  test("pins/get: GET /pins/{pin_id}", () => {
    expectTypeOf<DataOf<"/pins/{pin_id}", "get">>().toExtend<Schemas["Pin"]>();
    expectTypeOf<Schemas["Pin"]>().toExtend<DataOf<"/pins/{pin_id}", "get">>();
  });

  test("pins/update: PATCH /pins/{pin_id}", () => {
    expectTypeOf<DataOf<"/pins/{pin_id}", "patch">>().toExtend<Schemas["Pin"]>();
    expectTypeOf<Schemas["Pin"]>().toExtend<DataOf<"/pins/{pin_id}", "patch">>();
  });

  test("pins/analytics: GET /pins/{pin_id}/analytics", () => {
    expectTypeOf<DataOf<"/pins/{pin_id}/analytics", "get">>().toExtend<Schemas["PinAnalyticsResponse"]>();
    expectTypeOf<Schemas["PinAnalyticsResponse"]>().toExtend<DataOf<"/pins/{pin_id}/analytics", "get">>();
  });

  test("pins/save: POST /pins/{pin_id}/save", () => {
    expectTypeOf<DataOf<"/pins/{pin_id}/save", "post">>().toExtend<Schemas["Pin"]>();
    expectTypeOf<Schemas["Pin"]>().toExtend<DataOf<"/pins/{pin_id}/save", "post">>();
  });

  test("search_user_boards/get: GET /search/boards", () => {
    // Overlay gap: upstream declares these `items` without `type: array`, so openapi-typescript
    // emits `items?: unknown`. Remove this expectation once spec/overlays adds the type.
    // @ts-expect-error: items are not typed yet
    expectTypeOf<Schemas["Board"]>().toExtend<PageItem<"/search/boards">>();
  });

  test("search_partner_pins: GET /search/partner/pins", () => {
    expectTypeOf<PageItem<"/search/partner/pins">>().toExtend<Schemas["SummaryPin"]>();
    expectTypeOf<Schemas["SummaryPin"]>().toExtend<PageItem<"/search/partner/pins">>();
    expectTypeOf<DataOf<"/search/partner/pins", "get">>().toExtend<{
      items: Schemas["SummaryPin"][];
      bookmark?: string | null;
    }>();
  });

  test("search_user_pins/list: GET /search/pins", () => {
    expectTypeOf<PageItem<"/search/pins">>().toExtend<Schemas["Pin"]>();
    expectTypeOf<Schemas["Pin"]>().toExtend<PageItem<"/search/pins">>();
    expectTypeOf<DataOf<"/search/pins", "get">>().toExtend<{ items: Schemas["Pin"][]; bookmark?: string | null }>();
  });

  test("user_account/get: GET /user_account", () => {
    expectTypeOf<DataOf<"/user_account", "get">>().toExtend<Schemas["Account"]>();
    expectTypeOf<Schemas["Account"]>().toExtend<DataOf<"/user_account", "get">>();
  });

  test("user_account/analytics: GET /user_account/analytics", () => {
    expectTypeOf<DataOf<"/user_account/analytics", "get">>().toExtend<Schemas["AnalyticsResponse"]>();
    expectTypeOf<Schemas["AnalyticsResponse"]>().toExtend<DataOf<"/user_account/analytics", "get">>();
  });

  test("user_account/analytics/top_pins: GET /user_account/analytics/top_pins", () => {
    expectTypeOf<DataOf<"/user_account/analytics/top_pins", "get">>().toExtend<Schemas["TopPinsAnalyticsResponse"]>();
    expectTypeOf<Schemas["TopPinsAnalyticsResponse"]>().toExtend<DataOf<"/user_account/analytics/top_pins", "get">>();
  });

  test("user_account/analytics/top_video_pins: GET /user_account/analytics/top_video_pins", () => {
    expectTypeOf<DataOf<"/user_account/analytics/top_video_pins", "get">>().toEqualTypeOf<
      Schemas["TopVideoPinsAnalyticsResponse"]
    >();
  });

  test("linked_business_accounts/get: GET /user_account/businesses", () => {
    expectTypeOf<DataOf<"/user_account/businesses", "get">>().toExtend<Schemas["LinkedBusiness"][]>();
    expectTypeOf<Schemas["LinkedBusiness"][]>().toExtend<DataOf<"/user_account/businesses", "get">>();
  });

  test("followers/list: GET /user_account/followers", () => {
    expectTypeOf<PageItem<"/user_account/followers">>().toExtend<Schemas["UserSummary"]>();
    expectTypeOf<Schemas["UserSummary"]>().toExtend<PageItem<"/user_account/followers">>();
    expectTypeOf<DataOf<"/user_account/followers", "get">>().toExtend<{
      items: Schemas["UserSummary"][];
      bookmark?: string | null;
    }>();
  });

  test("user_following/get: GET /user_account/following", () => {
    // Overlay gap: upstream declares these `items` without `type: array`, so openapi-typescript
    // emits `items?: unknown`. Remove this expectation once spec/overlays adds the type.
    // @ts-expect-error: items are not typed yet
    expectTypeOf<Schemas["UserSummary"]>().toExtend<PageItem<"/user_account/following">>();
  });

  test("boards_user_follows/list: GET /user_account/following/boards", () => {
    expectTypeOf<PageItem<"/user_account/following/boards">>().toExtend<Schemas["Board"]>();
    expectTypeOf<Schemas["Board"]>().toExtend<PageItem<"/user_account/following/boards">>();
    expectTypeOf<DataOf<"/user_account/following/boards", "get">>().toExtend<{
      items: Schemas["Board"][];
      bookmark?: string | null;
    }>();
  });

  test("follow_user/update: POST /user_account/following/{username}", () => {
    expectTypeOf<DataOf<"/user_account/following/{username}", "post">>().toExtend<Schemas["UserSummary"]>();
    expectTypeOf<Schemas["UserSummary"]>().toExtend<DataOf<"/user_account/following/{username}", "post">>();
  });

  test("unverify_website/delete: DELETE /user_account/websites", () => {
    expectTypeOf<NoBody<"/user_account/websites", "delete">>().toEqualTypeOf<undefined>();
  });

  test("user_websites/get: GET /user_account/websites", () => {
    expectTypeOf<PageItem<"/user_account/websites">>().toExtend<Schemas["UserWebsiteSummary"]>();
    expectTypeOf<Schemas["UserWebsiteSummary"]>().toExtend<PageItem<"/user_account/websites">>();
    expectTypeOf<DataOf<"/user_account/websites", "get">>().toExtend<{
      items: Schemas["UserWebsiteSummary"][];
      bookmark?: string | null;
    }>();
  });

  test("verify_website/update: POST /user_account/websites", () => {
    expectTypeOf<DataOf<"/user_account/websites", "post">>().toExtend<Schemas["UserWebsiteSummary"]>();
    expectTypeOf<Schemas["UserWebsiteSummary"]>().toExtend<DataOf<"/user_account/websites", "post">>();
  });

  test("website_verification/get: GET /user_account/websites/verification", () => {
    expectTypeOf<DataOf<"/user_account/websites/verification", "get">>().toExtend<Schemas["UserWebsiteVerificationCode"]>();
    expectTypeOf<Schemas["UserWebsiteVerificationCode"]>().toExtend<DataOf<"/user_account/websites/verification", "get">>();
  });

  test("user_account/followed_interests: GET /users/{username}/interests/follow", () => {
    expectTypeOf<PageItem<"/users/{username}/interests/follow">>().toExtend<Schemas["Interest"]>();
    expectTypeOf<Schemas["Interest"]>().toExtend<PageItem<"/users/{username}/interests/follow">>();
    expectTypeOf<DataOf<"/users/{username}/interests/follow", "get">>().toExtend<{
      items: Schemas["Interest"][];
      bookmark?: string | null;
    }>();
  });
});
