/**
 * One process of the fleet fan-in: a session per user over postgresStores on one pool; on "go" (IPC)
 * every session asks for its access token at once. Reports callers served, failures by kind, and
 * the statements its store sent. Forked with `--import tsx`; argv[2] is the JSON config.
 */
import { DEFAULT_MOCK_CLIENT } from "@pinterest-kit/mock";
import { createPinterestOAuth, createSession } from "@pinterest-kit/oauth";
import { postgresStores } from "@pinterest-kit/postgres-store";
import pg from "pg";
import { countingPool } from "./counting-pool.js";

export interface FleetWorkerConfig {
  connectionString: string;
  baseUrl: string;
  keys: string[];
}

export interface FleetWorkerReport {
  served: number;
  failures: Record<string, number>;
  /** The first few failure messages (errors never hold a token). */
  failureMessages: string[];
  statements: number;
  /** The access token each user's caller got, by key. */
  tokens: Record<string, string>;
}

const config = JSON.parse(process.argv[2] as string) as FleetWorkerConfig;
const database = new pg.Pool({ connectionString: config.connectionString, max: 10, connectionTimeoutMillis: 10_000 });
database.on("error", () => {});
const counted = countingPool(database);
const stores = postgresStores({ pool: counted.pool, timeoutMs: 20_000 });
const oauth = createPinterestOAuth({
  clientId: DEFAULT_MOCK_CLIENT.clientId,
  clientSecret: DEFAULT_MOCK_CLIENT.clientSecret,
  redirectUri: "http://127.0.0.1/callback",
  baseUrl: config.baseUrl,
});
const sessions = await Promise.all(
  config.keys.map(async (key) => {
    const store = stores.for(key);
    const tokens = await store.load();
    if (!tokens) throw new Error(`fleet worker: no tokens stored for ${key}`);
    return { key, session: createSession(oauth, { tokens, store }) };
  }),
);
process.on("message", async () => {
  const before = counted.statements();
  const report: FleetWorkerReport = { served: 0, failures: {}, failureMessages: [], statements: 0, tokens: {} };
  await Promise.all(
    sessions.map(({ key, session }) =>
      session.getAccessToken().then(
        (token) => {
          report.served++;
          report.tokens[key] = token;
        },
        (error: { kind?: string; message?: string }) => {
          const kind = error.kind ?? "error";
          if (report.failureMessages.length < 3) report.failureMessages.push(String(error.message).slice(0, 300));
          report.failures[kind] = (report.failures[kind] ?? 0) + 1;
        },
      ),
    ),
  );
  report.statements = counted.statements() - before;
  process.send?.(report, () => {
    void database.end().then(() => process.exit(0));
  });
});
process.send?.("ready");
