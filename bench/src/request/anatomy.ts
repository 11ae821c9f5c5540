/**
 * Where the request overhead comes from: variants of one `exchangeCode`-shaped call on the same
 * loopback token endpoint, each adding one thing to a raw fetch, interleaved like the suite, with
 * p50 and CPU per call against the raw fetch. Not part of `pnpm bench`:
 *   pnpm --filter @pinterest-kit/bench anatomy:request [blocks]
 */
import { fileURLToPath } from "node:url";
import { createPinterestClient } from "@pinterest-kit/client";
import { createPinterestOAuth } from "@pinterest-kit/oauth";
import { startChildServer } from "../child-server.js";
import { median, percentiles } from "../stats.js";
import { APP, rawFetchContender } from "./contenders.js";
import { interleavedBlocks } from "./interleaved-blocks.js";

function variants(baseUrl: string): { name: string; fn: () => Promise<unknown> }[] {
  const url = `${baseUrl}/oauth/token`;
  const authorization = `Basic ${btoa(`${APP.clientId}:${APP.clientSecret}`)}`;
  const headers = { "Content-Type": "application/x-www-form-urlencoded", Authorization: authorization };
  const grant = { grant_type: "authorization_code", code: APP.code, redirect_uri: APP.redirectUri } as const;
  const form = () => new URLSearchParams(grant).toString();
  const app = { clientId: APP.clientId, clientSecret: APP.clientSecret, redirectUri: APP.redirectUri, baseUrl };
  const client = createPinterestClient({ baseUrl });
  const ours = createPinterestOAuth(app);
  const oursWithoutTimeout = createPinterestOAuth({ ...app, timeoutMs: Number.POSITIVE_INFINITY });
  const raw = rawFetchContender(baseUrl);
  return [
    { name: "raw fetch", fn: () => raw.exchangeCode() },
    {
      name: "+ AbortController and 30 s timer per call",
      fn: async () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 30_000);
        try {
          return await (await fetch(url, { method: "POST", headers, body: form(), signal: controller.signal })).json();
        } finally {
          clearTimeout(timer);
        }
      },
    },
    {
      name: "+ new Request(url, init), then fetch(request)",
      fn: async () => (await fetch(new Request(url, { method: "POST", headers, body: form() }))).json(),
    },
    {
      name: "typed client POST, openapi-fetch default (2 Requests)",
      fn: async () => {
        const { data } = await client.POST("/oauth/token", {
          headers: { Authorization: authorization },
          parseAs: "text",
          body: grant,
        });
        return JSON.parse(data as string);
      },
    },
    { name: "@pinterest-kit/oauth, timeoutMs: Infinity", fn: () => oursWithoutTimeout.exchangeCode(APP.code) },
    { name: "@pinterest-kit/oauth, defaults", fn: () => ours.exchangeCode(APP.code) },
  ];
}

const blocks = Number(process.argv[2] ?? 24);
const server = await startChildServer(fileURLToPath(new URL("./token-server.ts", import.meta.url)));
try {
  const group = variants(`http://127.0.0.1:${server.port}/v5`);
  for (const { fn } of group) for (let call = 0; call < 500; call++) await fn();
  const samples = await interleavedBlocks([group], { blocks, callsPerBlock: 150 });
  const stats = (name: string) => ({ ...percentiles(samples.latency.get(name) ?? []), cpu: median(samples.cpu.get(name) ?? []) });
  const floor = stats("raw fetch");
  console.log(`${blocks} blocks × 150 calls per variant, interleaved; CPU = this process's user + system time per call.\n`);
  console.log(
    `${"variant".padEnd(56)}${"p50".padStart(9)}${"÷ raw".padStart(8)}${"CPU/call".padStart(10)}${"Δ CPU".padStart(9)}`,
  );
  for (const { name } of group) {
    const s = stats(name);
    const delta = s.cpu - floor.cpu;
    console.log(
      `${name.padEnd(56)}${`${(s.p50 * 1000).toFixed(0)} µs`.padStart(9)}${`${(s.p50 / floor.p50).toFixed(2)}×`.padStart(8)}${`${s.cpu.toFixed(0)} µs`.padStart(10)}${`${delta >= 0 ? "+" : ""}${delta.toFixed(0)} µs`.padStart(9)}`,
    );
  }
} finally {
  await server.stop();
}
