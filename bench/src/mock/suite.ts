import { fileURLToPath } from "node:url";
import { DEFAULT_MOCK_CLIENT } from "@pinterest-kit/mock";
import { startChildServer } from "../child-server.js";
import { count, ms } from "../format.js";
import { percentiles } from "../stats.js";
import type { BenchConfig, Suite, TargetCheck } from "../suite.js";
import { type LoadResult, type LoadTarget, runLoad } from "./load.js";

const SERVER = fileURLToPath(new URL("./mock-server.ts", import.meta.url));
const LEVELS = [1, 16, 64];

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
      return summarize(results, seconds);
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

function summarize(results: LoadResult[], seconds: number) {
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
  const targets: TargetCheck[] = [
    {
      name: "mock token endpoint errors",
      goal: "0",
      measured: String(errorTotal),
      met: errorTotal === 0,
      gap: errorTotal === 0 ? "" : `${errorTotal} errors`,
    },
  ];
  return {
    tables: [
      {
        title: `Mock throughput: POST /v5/oauth/token (client_credentials), ${seconds} s per level, loopback`,
        head: ["concurrency", "requests/s", "p50", "p99", "requests", "errors"],
        rows,
      },
    ],
    targets,
    notes: [
      "The mock (startMockPinterest, defaults: schema validation, Basic auth, token store, request log) runs in its own process; the load generator is node:http with one keep-alive connection per concurrent loop, 1 s warm-up per level not counted.",
    ],
    data: results.map(({ latencyMs, ...rest }) => ({ ...rest, ...percentiles(latencyMs) })),
  };
}
