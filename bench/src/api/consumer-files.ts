/**
 * The consumer files of the type-check comparison: one file of 20 typed calls, against today's
 * 41-operation `paths` (20 different operations) and against the 3-operation `paths` of the
 * fragment before it (its 3 operations in turn). Both call `createClient<paths>()` of openapi-fetch
 * and read a field of each result, so the checker resolves every call's response type.
 */

/** 20 different operations of the 41-operation fragment, each with the parameters and body it requires. */
const CURRENT_CALLS = [
  `client.GET("/boards", { params: { query: { page_size: 25 } } })`,
  `client.POST("/boards", { body: { name: "Recipes" } })`,
  `client.GET("/boards/{board_id}", { params: { path: { board_id: "1" } } })`,
  `client.PATCH("/boards/{board_id}", { params: { path: { board_id: "1" } }, body: { name: "Dinners" } })`,
  `client.DELETE("/boards/{board_id}", { params: { path: { board_id: "1" } } })`,
  `client.GET("/boards/{board_id}/pins", { params: { path: { board_id: "1" } } })`,
  `client.GET("/boards/{board_id}/sections", { params: { path: { board_id: "1" } } })`,
  `client.POST("/boards/{board_id}/sections", { params: { path: { board_id: "1" } }, body: { name: "Soups" } })`,
  `client.GET("/pins", { params: { query: { pin_filter: "exclude_native" } } })`,
  `client.POST("/pins", { body: { board_id: "1", media_source: { source_type: "image_url", url: "https://i.example/a.jpg" } } })`,
  `client.GET("/pins/{pin_id}", { params: { path: { pin_id: "2" } } })`,
  `client.PATCH("/pins/{pin_id}", { params: { path: { pin_id: "2" } }, body: { title: "Soup" } })`,
  `client.DELETE("/pins/{pin_id}", { params: { path: { pin_id: "2" } } })`,
  `client.GET("/media")`,
  `client.POST("/media", { body: { media_type: "video" } })`,
  `client.GET("/media/{media_id}", { params: { path: { media_id: "3" } } })`,
  `client.GET("/user_account")`,
  `client.GET("/user_account/followers")`,
  `client.GET("/search/pins", { params: { query: { query: "soup" } } })`,
  `client.GET("/user_account/websites")`,
];

/** The 3 operations of the earlier fragment, in turn, to make a file of the same 20 calls. */
const EARLIER_CALLS = [
  `client.GET("/user_account", { params: { query: { ad_account_id: "1" } } })`,
  `client.POST("/oauth/token", { body: { grant_type: "refresh_token", refresh_token: "pinr_x", scope: "boards:read" } })`,
  `client.POST("/oauth/token/revoke", { body: { token: "pina_x", token_type_hint: "access_token" } })`,
];

export const CALLS_PER_FILE = CURRENT_CALLS.length;

/** The source of a consumer file making `calls` (cycled to 20 calls) against `./schema.js`. */
function consumerFile(calls: readonly string[]): string {
  const lines = Array.from({ length: CALLS_PER_FILE }, (_, i) => {
    const call = calls[i % calls.length];
    return `  const r${i} = await ${call};\n  seen.push(r${i}.error ?? r${i}.data, r${i}.response.status);`;
  });
  return `import createClient from "openapi-fetch";
import type { paths } from "./schema.js";

const client = createClient<paths>({ baseUrl: "https://api.pinterest.com/v5" });
export const seen: unknown[] = [];

export async function run(): Promise<void> {
${lines.join("\n")}
}
`;
}

export const currentConsumer = () => consumerFile(CURRENT_CALLS);
export const earlierConsumer = () => consumerFile(EARLIER_CALLS);
