/**
 * Where the time of a token call goes: profiles N sequential `exchangeCode` calls of one contender
 * with the V8 CPU profiler (node:inspector, the same data as `node --cpu-prof`) and prints the self
 * time per call by owner (our packages, openapi-fetch, undici, the rest of Node, GC) and the top
 * functions. Run it for ours and for the raw fetch and compare the columns:
 *   pnpm --filter @pinterest-kit/bench profile:request [calls]
 */
import { Session } from "node:inspector/promises";
import { fileURLToPath } from "node:url";
import { startChildServer } from "../child-server.js";
import { arcticContender, type Contender, oursContender, rawFetchContender } from "./contenders.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const OWNERS: [string, RegExp][] = [
  ["@pinterest-kit/oauth", /packages\/oauth\/dist\//],
  ["@pinterest-kit/client", /packages\/client\/dist\//],
  ["openapi-fetch", /openapi-fetch/],
  ["arctic", /arctic|@oslojs/],
  ["undici (fetch)", /undici/],
  ["bench harness", /bench\/src\//],
];

function ownerOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (functionName === "(garbage collector)") return "GC";
  if (functionName === "(idle)" || functionName === "(program)") return "idle / waiting";
  for (const [owner, pattern] of OWNERS) if (pattern.test(url)) return owner;
  return url.startsWith("node:") || url === "" ? "Node internals (streams, timers, http, URL…)" : "other";
}

async function profileCalls(contender: Contender, calls: number): Promise<Profile> {
  for (let call = 0; call < 1000; call++) await contender.exchangeCode();
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 50 });
  await session.post("Profiler.start");
  for (let call = 0; call < calls; call++) await contender.exchangeCode();
  const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: Profile };
  session.disconnect();
  return profile;
}

function summarize(profile: Profile, calls: number): { owners: Map<string, number>; functions: Map<string, number> } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    if (!node) return;
    const microseconds = (profile.timeDeltas[index] ?? 0) / calls;
    const owner = ownerOf(node);
    owners.set(owner, (owners.get(owner) ?? 0) + microseconds);
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || "(anonymous)"} ${url.replace(/^.*\/(node_modules|packages)\//, "")}:${lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + microseconds);
  });
  return { owners, functions };
}

const calls = Number(process.argv[2] ?? 5000);
const server = await startChildServer(fileURLToPath(new URL("./token-server.ts", import.meta.url)));
try {
  const baseUrl = `http://127.0.0.1:${server.port}/v5`;
  const results: { name: string; wall: number; owners: Map<string, number>; functions: Map<string, number> }[] = [];
  for (const contender of [oursContender(baseUrl), rawFetchContender(baseUrl), arcticContender(baseUrl)]) {
    const started = performance.now();
    const profile = await profileCalls(contender, calls);
    const wall = ((performance.now() - started) * 1000) / (calls + 1000);
    results.push({ name: contender.name, wall, ...summarize(profile, calls) });
  }
  const owners = [...new Set(results.flatMap((r) => [...r.owners.keys()]))].sort();
  console.log(`Self time per exchangeCode call, µs (${calls} calls, 50 µs sampling)\n`);
  console.log(["owner".padEnd(46), ...results.map((r) => r.name.padStart(22))].join(""));
  for (const owner of owners) {
    console.log([owner.padEnd(46), ...results.map((r) => (r.owners.get(owner) ?? 0).toFixed(1).padStart(22))].join(""));
  }
  const busy = (r: (typeof results)[number]) =>
    [...r.owners].filter(([o]) => o !== "idle / waiting").reduce((s, [, v]) => s + v, 0);
  console.log(["on-CPU total".padEnd(46), ...results.map((r) => busy(r).toFixed(1).padStart(22))].join(""));
  console.log(["wall per call (incl. warm-up)".padEnd(46), ...results.map((r) => r.wall.toFixed(1).padStart(22))].join(""));
  for (const result of results) {
    console.log(`\nTop self time, ${result.name}:`);
    const top = [...result.functions].filter(([name]) => !name.startsWith("(idle)") && !name.startsWith("(program)"));
    for (const [name, us] of top.sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`${us.toFixed(1).padStart(8)} µs  ${name}`);
  }
} finally {
  await server.stop();
}
