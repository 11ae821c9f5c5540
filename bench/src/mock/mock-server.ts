/** The mock Pinterest in its own process (see child-server.ts), so that the load generator has the other core. */
import { startMockPinterest } from "@pinterest-kit/mock";

/** How many boards the paged `GET /v5/boards` load walks through (40 pages of 25). */
const SEEDED_BOARDS = 1_000;

const mock = await startMockPinterest({
  boards: Array.from({ length: SEEDED_BOARDS }, (_, i) => ({
    name: `Board ${i + 1}`,
    description: "Seeded for the throughput bench",
  })),
});
// A token for the API load; the token endpoint load mints its own.
const boardsToken = mock.issueAccessToken({ scopes: ["boards:read"] });
process.send?.({ port: mock.port, boardsToken, seededBoards: SEEDED_BOARDS });
process.on("disconnect", () => {
  void mock.close().then(() => process.exit(0));
});
