import { createPinterestClient, unwrap } from "@pinterest-kit/client";

const pinterest = createPinterestClient({
  baseUrl: process.env.PINTEREST_BASE_URL,
  headers: { Authorization: `Bearer ${process.env.PINTEREST_ACCESS_TOKEN}` },
});

// unwrap() resolves with `data` or rejects with a PinterestApiError (status, code, message, x-pinterest-rid).
const board = await unwrap(
  pinterest.POST("/boards", {
    body: { name: "Weeknight dinners", description: "Quick recipes", privacy: "PUBLIC" },
  }),
);
const pin = await unwrap(
  pinterest.POST("/pins", {
    body: {
      board_id: board.id,
      title: "Lemon pasta",
      link: "https://example.com/lemon-pasta",
      alt_text: "A bowl of pasta with lemon zest",
      media_source: { source_type: "image_url", url: "https://example.com/lemon-pasta.jpg" },
    },
  }),
);
console.log(`board ${board.id}, image Pin ${pin.id}`);
