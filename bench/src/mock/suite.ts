import { fileURLToPath } from "node:url";
import { DEFAULT_MOCK_CLIENT } from "@pinterest-kit/mock";
import { startChildServer } from "../child-server.js";
import { count, ms } from "../format.js";
import { percentiles } from "../stats.js";
import type { BenchConfig, Suite, TargetCheck } from "../suite.js";
import { type LoadResult, type LoadTarget, runLoad } from "./load.js";

const SERVER = fileURLToPath(new URL("./mock-server.ts", import.meta.url));
const LEVELS = [1, 16, 64];
/** The concurrency of the paged `GET /v5/boards` walk, compared with the token endpoint's at the same level. */
const BOARDS_CONCURRENCY = 16;
const PAGE = "/v5/boards?page_size=25";

/**
 * The simplest repeatable token request: client_credentials, which needs no code or refresh token
 * to be minted first. Basic credentials are form-encoded then base64 (RFC 6749 §2.3.1); the default
 * client's id and secret need no escaping.
 */
function tokenRequest(port: number): LoadTarget {
  const credentials = Buffer.from(`${DEFAULT_MOCK_CLIENT.clientId}:${DEFAULT_MOCK_CLIENT.clientSecret}`).toString("base64");
  return {
    port,
    path: "/v5/oauth/token",
    headers: { Authorization: `Basic ${credentials}`, "Content-Type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials&scope=user_accounts%3Aread",
  };
}

/**
 * `GET /v5/boards` as a paginating client walks it: each loop follows the bookmark of its previous
 * answer and starts over at the first page after the last one (`bookmark: null`).
 */
function boardsWalk(port: number, token: string): LoadTarget {
  return {
    port,
    method: "GET",
    path: PAGE,
    headers: { Authorization: `Bearer ${token}` },
    body: "",
    next: (answer) => {
      const bookmark = (JSON.parse(answer || "{}") as { bookmark?: string | null }).bookmark;
      return typeof bookmark === "string" ? `${PAGE}&bookmark=${encodeURIComponent(bookmark)}` : PAGE;
    },
  };
}

export const mockThroughputSuite: Suite = {
  id: "mock",
  title: "5. Mock throughput",
  async run(config: BenchConfig) {
    const seconds = config.quick ? 2 : 10;
    const server = await startChildServer(SERVER);
    try {
      const target = tokenRequest(server.port);
      await checkAnswer(target);
      const results: LoadResult[] = [];
      for (const concurrency of LEVELS) {
        await runLoad(target, concurrency, config.quick ? 0.5 : 1); // warm-up, not counted
        results.push(await runLoad(target, concurrency, seconds));
      }
      const walk = boardsWalk(server.port, String(server.info.boardsToken));
      const pages = await checkWalk(walk, Number(server.info.seededBoards));
      await runLoad(walk, BOARDS_CONCURRENCY, config.quick ? 0.5 : 1);
      const boards = await runLoad(walk, BOARDS_CONCURRENCY, seconds);
      return summarize(results, seconds, { result: boards, pages, seededBoards: Number(server.info.seededBoards) });
    } finally {
      await server.stop();
    }
  },
};

/** One request first, checked for a real token response, so a misconfigured run fails loudly rather than timing 401s. */
async function checkAnswer(target: LoadTarget): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${target.port}${target.path}`, {
    method: "POST",
    headers: target.headers,
    body: target.body,
  });
  const body = (await response.json()) as { access_token?: unknown };
  if (response.status !== 200 || typeof body.access_token !== "string") {
    throw new Error(`mock: the token endpoint answered ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
  }
}

/** Walk every page once before timing: the seeded boards, each once, `bookmark: null` at the end. */
async function checkWalk(walk: LoadTarget, seededBoards: number): Promise<number> {
  const seen = new Set<string>();
  let path = walk.path;
  let pages = 0;
  do {
    const response = await fetch(`http://127.0.0.1:${walk.port}${path}`, { headers: walk.headers });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`mock: GET /v5/boards answered ${response.status} ${text.slice(0, 200)}`);
    for (const board of (JSON.parse(text) as { items: { id: string }[] }).items) seen.add(board.id);
    pages += 1;
    path = walk.next?.(text) ?? walk.path;
  } while (path !== walk.path);
  if (seen.size !== seededBoards) throw new Error(`mock: the walk saw ${seen.size} boards, not ${seededBoards}`);
  return pages;
}

interface BoardsRun {
  result: LoadResult;
  pages: number;
  seededBoards: number;
}

function summarize(results: LoadResult[], seconds: number, boards: BoardsRun) {
  const rows = results.map((result) => {
    const { p50, p99 } = percentiles(result.latencyMs);
    const errorCount = Object.values(result.errors).reduce((sum, n) => sum + n, 0);
    return [
      String(result.concurrency),
      count(result.completed / result.seconds),
      ms(p50),
      ms(p99),
      count(result.completed),
      errorCount === 0
        ? "0"
        : `${errorCount} (${Object.entries(result.errors)
            .map(([k, n]) => `${k} ×${n}`)
            .join(", ")})`,
    ];
  });
  const errorTotal = results.reduce((sum, r) => sum + Object.values(r.errors).reduce((s, n) => s + n, 0), 0);
  const boardErrors = Object.values(boards.result.errors).reduce((sum, n) => sum + n, 0);
  const tokenAtSameLevel = results.find((result) => result.concurrency === BOARDS_CONCURRENCY);
  const rate = (result: LoadResult) => result.completed / result.seconds;
  const boardsPercentiles = percentiles(boards.result.latencyMs);
  const tokenPercentiles = tokenAtSameLevel === undefined ? undefined : percentiles(tokenAtSameLevel.latencyMs);
  const targets: TargetCheck[] = [
    {
      name: "mock token endpoint errors",
      goal: "0",
      measured: String(errorTotal),
      met: errorTotal === 0,
      gap: errorTotal === 0 ? "" : `${errorTotal} errors`,
    },
    {
      name: `mock GET /v5/boards paged over ${count(boards.seededBoards)} boards, concurrency ${BOARDS_CONCURRENCY}: errors`,
      goal: "0",
      measured: String(boardErrors),
      met: boardErrors === 0,
      gap: boardErrors === 0 ? "" : `${boardErrors} errors`,
    },
  ];
  const boardsRows = [
    [
      `GET /v5/boards (${boards.pages} pages of 25 over ${count(boards.seededBoards)} boards)`,
      count(rate(boards.result)),
      ms(boardsPercentiles.p50),
      ms(boardsPercentiles.p99),
      String(boardErrors),
      tokenAtSameLevel === undefined ? "" : `${(rate(boards.result) / rate(tokenAtSameLevel)).toFixed(2)}×`,
    ],
    ...(tokenAtSameLevel === undefined || tokenPercentiles === undefined
      ? []
      : [
          [
            "POST /v5/oauth/token (client_credentials), same run",
            count(rate(tokenAtSameLevel)),
            ms(tokenPercentiles.p50),
            ms(tokenPercentiles.p99),
            String(Object.values(tokenAtSameLevel.errors).reduce((sum, n) => sum + n, 0)),
            "1.00×",
          ],
        ]),
  ];
  return {
    tables: [
      {
        title: `Mock throughput: POST /v5/oauth/token (client_credentials), ${seconds} s per level, loopback`,
        head: ["concurrency", "requests/s", "p50", "p99", "requests", "errors"],
        rows,
      },
      {
        title: `Mock API throughput: GET /v5/boards paged, concurrency ${BOARDS_CONCURRENCY}, ${seconds} s, loopback`,
        head: ["what", "requests/s", "p50", "p99", "errors", "÷ token endpoint"],
        rows: boardsRows,
      },
    ],
    targets,
    notes: [
      "The mock (startMockPinterest, defaults: schema validation, Basic auth, token store, request log) runs in its own process; the load generator is node:http with one keep-alive connection per concurrent loop, 1 s warm-up per level not counted.",
      `The GET /v5/boards walk: ${count(boards.seededBoards)} seeded boards; each loop follows the bookmark of its previous answer (Bearer token with boards:read; every request authenticated, scope-checked, parameter-validated and paged) and starts over after the last page. It reads and parses every answer, which the token load does not.`,
    ],
    data: {
      tokenEndpoint: results.map(({ latencyMs, ...rest }) => ({ ...rest, ...percentiles(latencyMs) })),
      boardsPaged: (({ latencyMs, ...rest }) => ({ ...rest, ...percentiles(latencyMs), pages: boards.pages }))(boards.result),
    },
  };
}
