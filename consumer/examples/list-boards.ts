import { type Board, createPinterestClient, paginate } from "@pinterest-kit/client";

const pinterest = createPinterestClient({
  baseUrl: process.env.PINTEREST_BASE_URL, // unset: https://api.pinterest.com/v5
  headers: { Authorization: `Bearer ${process.env.PINTEREST_ACCESS_TOKEN}` },
});

// One GET /boards per page of 25, following `bookmark` until Pinterest sends none.
let page = 0;
for await (const { items } of paginate(pinterest, "/boards", { pageSize: 25 }).pages()) {
  page += 1;
  const names = items.map((board: Board) => `${board.name} (${board.privacy})`);
  console.log(`page ${page}: ${names.join(", ")}`);
}
