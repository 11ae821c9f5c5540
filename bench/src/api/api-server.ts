/**
 * The API endpoint of the API-calls suite, in its own process so its work never shares the
 * client's event loop: `GET /v5/boards` answers 40 pages of 250 boards (10,000 items), each page
 * pointing at the next with a bookmark, and `GET /v5/user_account` one account. Bodies are
 * serialized once at start-up, so the server's cost is the same for every contender.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export const PAGES = 40;
export const PAGE_SIZE = 250;

const board = (id: number) => ({
  id: String(4_000_000_000 + id),
  name: `Board ${id}`,
  description: "Recipes worth keeping",
  privacy: "PUBLIC",
  owner: { username: "bench" },
  pin_count: id % 97,
  follower_count: id % 13,
  created_at: "2024-01-02T03:04:05",
});
const bookmarkOf = (page: number) => `Ym9va21hcms6${page}+/=`;
const pages = new Map<string, string>();
for (let page = 0; page < PAGES; page++) {
  const items = Array.from({ length: PAGE_SIZE }, (_, i) => board(page * PAGE_SIZE + i));
  const key = page === 0 ? "" : bookmarkOf(page);
  pages.set(key, JSON.stringify({ items, bookmark: page + 1 < PAGES ? bookmarkOf(page + 1) : null }));
}
const ACCOUNT = JSON.stringify({
  account_type: "BUSINESS",
  username: "bench",
  business_name: "Bench",
  website_url: "https://bench.example",
});

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const reply = (status: number, body: string) =>
    response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }).end(body);
  if (request.headers.authorization === undefined) return reply(401, '{"code":2,"message":"Authentication failed."}');
  if (url.pathname === "/v5/user_account") return reply(200, ACCOUNT);
  if (url.pathname === "/v5/boards") {
    const body = pages.get(url.searchParams.get("bookmark") ?? "");
    return body === undefined ? reply(400, '{"code":1,"message":"Invalid bookmark."}') : reply(200, body);
  }
  reply(404, '{"code":404,"message":"Not found."}');
});

server.listen(0, "127.0.0.1", () => {
  process.send?.({ port: (server.address() as AddressInfo).port });
});
process.on("disconnect", () => server.close(() => process.exit(0)));
