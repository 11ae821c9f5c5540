import { fileURLToPath } from "node:url";
import { startChildServer } from "../child-server.js";
import { bytes, count, ms, ratio } from "../format.js";
import { type BlockSamples, interleavedBlocks } from "../request/interleaved-blocks.js";
import { median, percentiles } from "../stats.js";
import { atMost, type BenchConfig, type Suite, type Table, type TargetCheck } from "../suite.js";
import { PAGE_SIZE, PAGES } from "./api-server.js";
import { CALLS_PER_FILE } from "./consumer-files.js";
import {
  type ApiContender,
  bearerFetchContender,
  bookmarkLoopContender,
  paginateContender,
  sessionContender,
} from "./contenders.js";
import { EARLIER_FRAGMENT_COMMIT, runTypeCheck, type TypeCheckRun, typeCheckProjects } from "./type-check.js";

const SERVER = fileURLToPath(new URL("./api-server.ts", import.meta.url));

/** Blocks × calls per contender; a paging call walks all 40 pages. */
const PLAN = {
  paging: { blocks: 8, callsPerBlock: 5, warmUpCalls: 3 },
  session: { blocks: 16, callsPerBlock: 150, warmUpCalls: 500 },
  typeCheckRuns: 5,
};
const QUICK_PLAN = {
  paging: { blocks: 2, callsPerBlock: 2, warmUpCalls: 1 },
  session: { blocks: 3, callsPerBlock: 50, warmUpCalls: 100 },
  typeCheckRuns: 1,
};

/** Targets of issue 11, on the median (p50). */
const TARGET_PAGING = 1.1;
const TARGET_SESSION = 1.25;
const TARGET_TYPE_CHECK = 2;

export const apiCallsSuite: Suite = {
  id: "api",
  title: "6. API calls: pagination, session, type-check cost",
  async run(config: BenchConfig) {
    const plan = config.quick ? QUICK_PLAN : PLAN;
    const tables: Table[] = [];
    const targets: TargetCheck[] = [];
    const notes: string[] = [];
    const data: Record<string, unknown> = { plan };

    const server = await startChildServer(SERVER);
    try {
      const baseUrl = `http://127.0.0.1:${server.port}/v5`;
      const paging = [paginateContender(baseUrl), bookmarkLoopContender(baseUrl)] as const;
      for (const contender of paging) {
        const items = (await contender.run()) as unknown[];
        if (items.length !== PAGES * PAGE_SIZE)
          throw new Error(`${contender.name} got ${items.length} items, not ${PAGES * PAGE_SIZE}.`);
      }
      const session = [sessionContender(baseUrl), bearerFetchContender(baseUrl)] as const;
      const pagingSamples = await measure(paging, plan.paging);
      const sessionSamples = await measure(session, plan.session);
      const pagingRows = compare(paging, pagingSamples);
      const sessionRows = compare(session, sessionSamples);
      data.pagingMs = pagingRows.figures;
      data.sessionMs = sessionRows.figures;
      tables.push(
        {
          title: `Pagination: ${count(PAGES * PAGE_SIZE)} items over ${PAGES} pages from a node:http server on 127.0.0.1 (another process)`,
          head: ["client", "p50 / walk", "p99 / walk", "p50 / raw", "CPU / walk", "CPU / raw"],
          rows: pagingRows.rows,
        },
        {
          title: "GET /user_account through session.middleware() against raw fetch with a bearer header",
          head: ["client", "p50", "p99", "p50 / raw", "CPU / call", "CPU / raw"],
          rows: sessionRows.rows,
        },
      );
      targets.push(
        atMost(
          "paginate vs bookmark loop (p50)",
          pagingRows.ratio,
          TARGET_PAGING,
          ratio(pagingRows.ratio),
          `≤ ${ratio(TARGET_PAGING)}`,
        ),
        atMost(
          "GET via session vs raw fetch (p50)",
          sessionRows.ratio,
          TARGET_SESSION,
          ratio(sessionRows.ratio),
          `≤ ${ratio(TARGET_SESSION)}`,
        ),
      );
      notes.push(
        `Pagination: ${plan.paging.blocks} interleaved blocks of ${plan.paging.callsPerBlock} whole walks per client after ${plan.paging.warmUpCalls} warm-up walks; both send page_size=250 and collect every item, checked to be ${count(PAGES * PAGE_SIZE)}. paginate runs with the client's defaults (retries, 30 s timeout per attempt).`,
        `Session: ${plan.session.blocks} interleaved blocks of ${plan.session.callsPerBlock} calls after ${plan.session.warmUpCalls} warm-up calls each; the session's token is valid, so no refresh happens, but the bearer, the scope check and the 401 watch run on every call.`,
      );
    } finally {
      await server.stop();
    }

    const typeCheck = await compareTypeCheck(plan.typeCheckRuns);
    if (typeof typeCheck === "string") {
      notes.push(`Type-check cost: skipped: ${typeCheck}.`);
    } else {
      tables.push(typeCheck.table);
      targets.push(typeCheck.target);
      notes.push(typeCheck.note);
      data.typeCheck = typeCheck.data;
    }
    return { tables, targets, notes, data };
  },
};

async function measure(
  contenders: readonly ApiContender[],
  plan: { blocks: number; callsPerBlock: number; warmUpCalls: number },
) {
  for (const contender of contenders) for (let call = 0; call < plan.warmUpCalls; call++) await contender.run();
  return interleavedBlocks([contenders.map((contender) => ({ name: contender.name, fn: () => contender.run() }))], plan);
}

/** Rows of ours (first) and the floor (second), and ours' p50 ratio to the floor. */
function compare(contenders: readonly [ApiContender, ApiContender], samples: BlockSamples) {
  const stats = (contender: ApiContender) => ({
    ...percentiles(samples.latency.get(contender.name) ?? []),
    cpuMicroseconds: median(samples.cpu.get(contender.name) ?? []),
  });
  const [ours, floor] = contenders.map(stats) as [ReturnType<typeof stats>, ReturnType<typeof stats>];
  const rows = contenders.map((contender, i) => {
    const s = i === 0 ? ours : floor;
    return [
      contender.name,
      ms(s.p50),
      ms(s.p99),
      ratio(s.p50 / floor.p50),
      ms(s.cpuMicroseconds / 1000),
      ratio(s.cpuMicroseconds / floor.cpuMicroseconds),
    ];
  });
  return { rows, ratio: ours.p50 / floor.p50, figures: { [contenders[0].name]: ours, [contenders[1].name]: floor } };
}

async function compareTypeCheck(runs: number) {
  const setup = await typeCheckProjects();
  if (typeof setup === "string") return setup;
  try {
    const [current, earlier] = setup.projects as [(typeof setup.projects)[number], (typeof setup.projects)[number]];
    const results = new Map<string, TypeCheckRun[]>([
      [current.name, []],
      [earlier.name, []],
    ]);
    await runTypeCheck(current); // untimed: warms the file system cache for both
    for (let run = 0; run < runs; run++) {
      for (const project of run % 2 === 0 ? [current, earlier] : [earlier, current]) {
        results.get(project.name)?.push(await runTypeCheck(project));
      }
    }
    const summary = (name: string) => {
      const list = results.get(name) ?? [];
      return { wallMs: median(list.map((r) => r.wallMs)), checkMs: median(list.map((r) => r.checkMs)), runs: list };
    };
    const now = summary(current.name);
    const before = summary(earlier.name);
    const wallRatio = now.wallMs / before.wallMs;
    return {
      table: {
        title: `tsc --noEmit of a consumer file making ${CALLS_PER_FILE} typed calls`,
        head: ["paths", "file", "tsc (whole command)", "check time", "÷ 3-operation"],
        rows: [
          [current.name, bytes(current.fileBytes), ms(now.wallMs), ms(now.checkMs), ratio(wallRatio)],
          [earlier.name, bytes(earlier.fileBytes), ms(before.wallMs), ms(before.checkMs), ratio(1)],
        ],
      },
      target: atMost(
        "tsc, 20 operations vs 3 (whole command)",
        wallRatio,
        TARGET_TYPE_CHECK,
        ratio(wallRatio),
        `≤ ${ratio(TARGET_TYPE_CHECK)}`,
      ),
      note: `Type-check cost: ${runs} alternating runs each of \`tsc -p\` (TypeScript of the repository, strict, skipLibCheck) on a throwaway project: the generated schema, the consumer file and openapi-fetch's types; the 3-operation schema is the one generated at ${EARLIER_FRAGMENT_COMMIT}. Check time is tsc's own --extendedDiagnostics figure for type checking alone.`,
      data: { [current.name]: now, [earlier.name]: before, wallRatio, checkRatio: now.checkMs / before.checkMs },
    };
  } finally {
    await setup.cleanup();
  }
}
