import { fileURLToPath } from "node:url";
import { startChildServer } from "../child-server.js";
import { ms, ratio } from "../format.js";
import { median, percentiles } from "../stats.js";
import { atMost, type BenchConfig, type Suite, type TargetCheck } from "../suite.js";
import { arcticContender, type Contender, oursContender, rawFetchContender } from "./contenders.js";
import { type BlockSamples, interleavedBlocks } from "./interleaved-blocks.js";
import { compareRequestBytes } from "./same-bytes.js";

const SERVER = fileURLToPath(new URL("./token-server.ts", import.meta.url));
const OPERATIONS = ["exchangeCode", "refreshToken"] as const;
type Operation = (typeof OPERATIONS)[number];

/** Sequential calls per contender per block, blocks, and warm-up calls per contender and grant. */
const PLAN = { blocks: 16, callsPerBlock: 150, warmUpCalls: 500 };
const QUICK_PLAN = { blocks: 3, callsPerBlock: 50, warmUpCalls: 100 };

/** Targets of issue 7, on the median (p50) per-call latency. */
const TARGET_VS_RAW = 1.25;
const TARGET_VS_ARCTIC = 1.0;

export const requestOverheadSuite: Suite = {
  id: "request",
  title: "2. Request overhead",
  async run(config: BenchConfig) {
    const plan = config.quick ? QUICK_PLAN : PLAN;
    const server = await startChildServer(SERVER);
    try {
      const origin = `http://127.0.0.1:${server.port}`;
      const baseUrl = `${origin}/v5`;
      const contenders = [oursContender(baseUrl), rawFetchContender(baseUrl), arcticContender(baseUrl)];
      const [ours, raw, arctic] = contenders as [Contender, Contender, Contender];
      const byteDifferences = await compareRequestBytes(origin, ours, raw);
      for (const contender of contenders) {
        for (const operation of OPERATIONS) for (let call = 0; call < plan.warmUpCalls; call++) await contender[operation]();
      }
      const groups = OPERATIONS.map((operation) =>
        contenders.map((contender) => ({ name: key(contender, operation), fn: () => contender[operation]() })),
      );
      const samples = await interleavedBlocks(groups, plan);
      return summarize(samples, { ours, raw, arctic }, byteDifferences, plan);
    } finally {
      await server.stop();
    }
  },
};

const key = (contender: Contender, operation: Operation) => `${contender.name} ${operation}`;

function summarize(
  samples: BlockSamples,
  who: { ours: Contender; raw: Contender; arctic: Contender },
  byteDifferences: string[],
  plan: typeof PLAN,
) {
  const rows: string[][] = [];
  const targets: TargetCheck[] = [];
  const data: Record<string, Record<string, { p50: number; p99: number; n: number; cpuMicroseconds: number }>> = {};
  for (const operation of OPERATIONS) {
    const stats = (contender: Contender) => ({
      ...percentiles(samples.latency.get(key(contender, operation)) ?? []),
      cpuMicroseconds: median(samples.cpu.get(key(contender, operation)) ?? []),
    });
    const ours = stats(who.ours);
    const raw = stats(who.raw);
    const arctic = stats(who.arctic);
    data[operation] = { [who.ours.name]: ours, [who.raw.name]: raw, [who.arctic.name]: arctic };
    for (const [contender, s] of [
      [who.ours, ours],
      [who.raw, raw],
      [who.arctic, arctic],
    ] as const) {
      rows.push([
        operation,
        contender.name,
        ms(s.p50),
        ms(s.p99),
        ratio(s.p50 / raw.p50),
        ratio(s.p99 / raw.p99),
        ratio(s.p50 / arctic.p50),
        ratio(s.p99 / arctic.p99),
        ms(s.cpuMicroseconds / 1000),
        ratio(s.cpuMicroseconds / raw.cpuMicroseconds),
      ]);
    }
    targets.push(
      atMost(
        `${operation} vs raw fetch (p50)`,
        ours.p50 / raw.p50,
        TARGET_VS_RAW,
        ratio(ours.p50 / raw.p50),
        `≤ ${ratio(TARGET_VS_RAW)}`,
      ),
      atMost(
        `${operation} vs arctic (p50)`,
        ours.p50 / arctic.p50,
        TARGET_VS_ARCTIC,
        ratio(ours.p50 / arctic.p50),
        `≤ ${ratio(TARGET_VS_ARCTIC)}`,
      ),
    );
  }
  const calls = plan.blocks * plan.callsPerBlock;
  return {
    tables: [
      {
        title: "Request overhead: sequential calls to a node:http token endpoint on 127.0.0.1 (another process)",
        head: [
          "grant",
          "client",
          "p50",
          "p99",
          "p50 / raw",
          "p99 / raw",
          "p50 / arctic",
          "p99 / arctic",
          "CPU / call",
          "CPU / raw",
        ],
        rows,
      },
    ],
    targets,
    notes: [
      `${calls} timed calls per client and grant: ${plan.blocks} interleaved blocks of ${plan.callsPerBlock} (client order rotated each block, one tinybench run per block), after ${plan.warmUpCalls} warm-up calls each.`,
      "CPU / call: this process's user + system CPU time per call (median over blocks). It leaves out time spent waiting for the server or for other processes, so it shows what each client costs even on a busy machine.",
      byteDifferences.length === 0
        ? "Ours and the raw fetch sent byte-identical requests (method, path, every header line in order, body), checked on this run."
        : `WARNING: ours and the raw fetch did not send the same bytes: ${byteDifferences.join("; ")}`,
      "arctic sends three more headers (Accept, User-Agent: arctic, an explicit Content-Length) and the same body. Ours runs with its defaults: 30 s per-attempt timeout, retry policy, response validation into a TokenSet.",
    ],
    data: { plan, byteIdentical: byteDifferences.length === 0, byteDifferences, latencyMs: data },
  };
}
