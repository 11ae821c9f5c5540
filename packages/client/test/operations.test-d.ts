import { describe, expectTypeOf, test } from "vitest";
import { type Board, type components, createPinterestClient, type Pin, type PinMediaSource, type paths } from "../src/index.js";

type Schemas = components["schemas"];
type Method = "get" | "post" | "patch" | "delete";
/** The JSON body of an operation's 2XX answer, as openapi-fetch types `data`. */
type Data<P extends keyof paths, M extends Method> = paths[P][M] extends { responses: infer R }
  ? {
      [S in keyof R]: S extends 200 | 201 ? (R[S] extends { content: { "application/json": infer D } } ? D : never) : never;
    }[keyof R]
  : never;
/** The element type of a page's `items`. */
type PageItem<P extends keyof paths> = Data<P, "get"> extends { items: (infer I)[] } ? I : "not a page";

const client = createPinterestClient();

describe("POST /pins", () => {
  test("an image Pin from a URL compiles without the defaulted is_standard", () => {
    void client.POST("/pins", { body: { board_id: "1", media_source: { source_type: "image_url", url: "https://x/a.png" } } });
    void client.POST("/pins", {
      body: { board_id: "1", media_source: { source_type: "image_url", url: "https://x/a.png", is_standard: false } },
    });
  });

  test("board_id and media_source are required", () => {
    // @ts-expect-error board_id is required
    void client.POST("/pins", { body: { media_source: { source_type: "image_url", url: "https://x/a.png" } } });
    // @ts-expect-error media_source is required
    void client.POST("/pins", { body: { board_id: "1" } });
  });

  test("media_source narrows by source_type", () => {
    void client.POST("/pins", { body: { board_id: "1", media_source: { source_type: "video_id", media_id: "2" } } });
    // @ts-expect-error a video_id source needs media_id, not url
    void client.POST("/pins", { body: { board_id: "1", media_source: { source_type: "video_id", url: "https://x/a.png" } } });
    // @ts-expect-error image_url is not a source_type with base64 data
    void client.POST("/pins", { body: { board_id: "1", media_source: { source_type: "image_url", data: "QUJD" } } });
    expectTypeOf<Extract<PinMediaSource, { source_type: "video_id" }>["media_id"]>().toEqualTypeOf<string>();
    expectTypeOf<Extract<PinMediaSource, { source_type: "image_url" }>>().toEqualTypeOf<Schemas["PinMediaSourceImageURL"]>();
  });

  test("answers the created Pin", () => {
    expectTypeOf<Data<"/pins", "post">>().toEqualTypeOf<Pin>();
  });
});

describe("a Pin's media", () => {
  test("is the PinMedia union, narrowing by media_type (not an Omit with no keys)", () => {
    type PinMedia = NonNullable<Pin["media"]>;
    expectTypeOf<PinMedia>().toEqualTypeOf<Schemas["PinMedia"]>();
    expectTypeOf<PinMedia["media_type"]>().toEqualTypeOf<
      "image" | "video" | "multiple_images" | "multiple_videos" | "multiple_mixed"
    >();
    expectTypeOf<Extract<PinMedia, { media_type: "video" }>>().toEqualTypeOf<Schemas["PinMediaWithVideo"]>();
    expectTypeOf<NonNullable<Schemas["SummaryPin"]["media"]>>().toEqualTypeOf<Schemas["PinMedia"]>();
  });
});

describe("defaults: optional in request bodies, present in responses", () => {
  test("a request body may leave a defaulted property out", () => {
    expectTypeOf<Schemas["BoardCreate"]>().toEqualTypeOf<{
      description?: string | null;
      is_ads_only?: boolean;
      name: string;
      privacy?: Schemas["BoardPrivacy"];
    }>();
    void client.POST("/boards", { body: { name: "Recipes" } });
    void client.POST("/user_account/following/{username}", { params: { path: { username: "u" } }, body: {} });
  });

  test("a response keeps its defaulted property required", () => {
    expectTypeOf<Board["privacy"]>().toEqualTypeOf<"PUBLIC" | "PROTECTED" | "SECRET">();
  });
});

describe("each pinned operation's data type", () => {
  test("single objects", () => {
    expectTypeOf<Data<"/boards", "post">>().toEqualTypeOf<Board>();
    expectTypeOf<Data<"/boards/{board_id}", "get">>().toEqualTypeOf<Board>();
    expectTypeOf<Data<"/boards/{board_id}", "patch">>().toEqualTypeOf<Schemas["BoardWithUpdatePrivacy"]>();
    expectTypeOf<Data<"/boards/{board_id}/sections", "post">>().toEqualTypeOf<Schemas["BoardSection"]>();
    expectTypeOf<Data<"/boards/{board_id}/sections/{section_id}", "patch">>().toEqualTypeOf<Schemas["BoardSection"]>();
    expectTypeOf<Data<"/media", "post">>().toEqualTypeOf<Schemas["MediaUpload"]>();
    expectTypeOf<Data<"/media/{media_id}", "get">>().toEqualTypeOf<Schemas["Media"]>();
    expectTypeOf<Data<"/oauth/token", "post">>().toEqualTypeOf<Schemas["OauthAccessTokenResponse"]>();
    expectTypeOf<Data<"/pins/analytics", "get">>().toEqualTypeOf<Schemas["BulkPinAnalyticsResponse"]>();
    expectTypeOf<Data<"/pins/{pin_id}", "get">>().toEqualTypeOf<Pin>();
    expectTypeOf<Data<"/pins/{pin_id}", "patch">>().toEqualTypeOf<Pin>();
    expectTypeOf<Data<"/pins/{pin_id}/analytics", "get">>().toEqualTypeOf<Schemas["PinAnalyticsResponse"]>();
    expectTypeOf<Data<"/pins/{pin_id}/save", "post">>().toEqualTypeOf<Pin>();
    expectTypeOf<Data<"/user_account", "get">>().toEqualTypeOf<Schemas["Account"]>();
    expectTypeOf<Data<"/user_account/analytics", "get">>().toEqualTypeOf<Schemas["AnalyticsResponse"]>();
    expectTypeOf<Data<"/user_account/analytics/top_pins", "get">>().toEqualTypeOf<Schemas["TopPinsAnalyticsResponse"]>();
    expectTypeOf<Data<"/user_account/analytics/top_video_pins", "get">>().toEqualTypeOf<
      Schemas["TopVideoPinsAnalyticsResponse"]
    >();
    expectTypeOf<Data<"/user_account/businesses", "get">>().toEqualTypeOf<Schemas["LinkedBusiness"][]>();
    expectTypeOf<Data<"/user_account/following/{username}", "post">>().toEqualTypeOf<Schemas["UserSummary"]>();
    expectTypeOf<Data<"/user_account/websites", "post">>().toEqualTypeOf<Schemas["UserWebsiteSummary"]>();
    expectTypeOf<Data<"/user_account/websites/verification", "get">>().toEqualTypeOf<Schemas["UserWebsiteVerificationCode"]>();
  });

  test("the items of every page (none of them Record<string, never>)", () => {
    expectTypeOf<PageItem<"/boards">>().toEqualTypeOf<Board>();
    expectTypeOf<PageItem<"/boards/{board_id}/pins">>().toEqualTypeOf<Pin>();
    expectTypeOf<PageItem<"/boards/{board_id}/sections">>().toEqualTypeOf<Schemas["BoardSection"]>();
    expectTypeOf<PageItem<"/boards/{board_id}/sections/{section_id}/pins">>().toEqualTypeOf<Pin>();
    expectTypeOf<PageItem<"/media">>().toEqualTypeOf<Schemas["Media"]>();
    expectTypeOf<PageItem<"/pins">>().toEqualTypeOf<Pin>();
    expectTypeOf<PageItem<"/search/boards">>().toEqualTypeOf<Board>();
    expectTypeOf<PageItem<"/search/partner/pins">>().toEqualTypeOf<Schemas["SummaryPin"]>();
    expectTypeOf<PageItem<"/search/pins">>().toEqualTypeOf<Pin>();
    expectTypeOf<PageItem<"/user_account/followers">>().toEqualTypeOf<Schemas["UserSummary"]>();
    expectTypeOf<PageItem<"/user_account/following">>().toEqualTypeOf<Schemas["UserSummary"]>();
    expectTypeOf<PageItem<"/user_account/following/boards">>().toEqualTypeOf<Board>();
    expectTypeOf<PageItem<"/user_account/websites">>().toEqualTypeOf<Schemas["UserWebsiteSummary"]>();
    expectTypeOf<PageItem<"/users/{username}/interests/follow">>().toEqualTypeOf<Schemas["Interest"]>();
    expectTypeOf<Data<"/boards/{board_id}/pins", "get">["bookmark"]>().toEqualTypeOf<string | null | undefined>();
  });
});
