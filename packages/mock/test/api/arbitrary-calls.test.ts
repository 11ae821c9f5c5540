import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { tableOperations } from "../../src/api/operation-table.js";
import { operationSchemas } from "../../src/generated/schemas.js";
import { type MockPinterest, startMockPinterest } from "../../src/index.js";
import { synthesize } from "../../src/resources/synthesize.js";
import { operationValidators } from "../../src/schema/operation-validators.js";
import { ALL_SCOPES } from "./api-fixtures.js";

// Arbitrary parameters and bodies on every pinned operation get a schema-valid 2xx or a 4xx in
// Pinterest's {code, message} shape: never a 5xx, a crash or a hang.

const RUNS = 1_000;
const IDS = [
  "549755885175",
  "549755885200",
  "813744226420795884",
  "813744226420795886",
  "1",
  "0",
  "-1",
  "abc",
  "%2F",
  "9".repeat(30),
];
const text = fc.oneof(
  fc.constantFrom(...IDS, "", "true", "false", "25", "250", "251", "ALL", "SECRET", "REGULAR", "2026-01-01", "pinterest", "x,y"),
  fc.string({ maxLength: 12 }),
);
const operation = fc.constantFrom(...tableOperations());
const YESTERDAY = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

const call = operation.chain((op) => {
  const schemas = operationSchemas[op.operationId] as unknown as {
    parameters: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[];
    requestBody: { schema: Record<string, unknown> } | null;
  };
  const queryNames = schemas.parameters.filter((p) => p.in === "query").map((p) => p.name);
  // The required query parameters filled with the smallest valid value (dates: yesterday), so runs reach the handlers.
  const required: [string, string][] = schemas.parameters
    .filter((p) => p.in === "query" && p.required)
    .map((p) => [
      p.name,
      p.name.endsWith("_date") ? YESTERDAY : p.name === "pin_ids" ? (IDS[2] as string) : String(synthesize(p.schema, new Set())),
    ]);
  const body =
    schemas.requestBody === null
      ? fc.constant(undefined)
      : fc.oneof(
          { arbitrary: fc.constant(synthesize(schemas.requestBody.schema, new Set())), weight: 4 },
          fc.jsonValue({ maxDepth: 3 }),
          fc.dictionary(
            fc.constantFrom(
              "name",
              "board_id",
              "board_section_id",
              "media_source",
              "title",
              "media_type",
              "website",
              "privacy",
              "x",
            ),
            fc.oneof(text, fc.jsonValue({ maxDepth: 2 })),
            { maxKeys: 4 },
          ),
          fc.record({
            board_id: fc.constantFrom(...IDS),
            media_source: fc.record(
              {
                source_type: fc.constantFrom("image_url", "video_id", "pin_url", "multiple_image_urls", "nope"),
                url: text,
                media_id: text,
              },
              { requiredKeys: ["source_type"] },
            ),
          }),
        );
  return fc.record({
    op: fc.constant(op),
    path: fc.tuple(
      ...op.names.map(() => fc.oneof({ arbitrary: fc.constantFrom(...IDS.slice(0, 4), "pinterestkit_mock"), weight: 3 }, text)),
    ),
    query: fc.oneof(
      { arbitrary: fc.constant(required), weight: 2 },
      fc.array(
        fc.tuple(fc.oneof(fc.constantFrom(...(queryNames.length > 0 ? queryNames : ["x"])), fc.constant("undeclared")), text),
        { maxLength: 5 },
      ),
    ),
    body,
    scopes: fc.oneof({ arbitrary: fc.constant([...ALL_SCOPES]), weight: 4 }, fc.subarray([...ALL_SCOPES], { minLength: 1 })),
    rawBody: fc.oneof({ arbitrary: fc.constant(null), weight: 8 }, fc.constantFrom("{", "null", "[]", "\u0000")),
  });
});

let mock: MockPinterest;
beforeAll(async () => {
  mock = await startMockPinterest({ maxRecordedRequests: 10 });
});
afterAll(async () => {
  await mock.close();
});

it(`${RUNS} arbitrary calls over every pinned operation: a schema-valid 2xx or a {code, message} 4xx`, {
  timeout: 120_000,
}, async () => {
  const statuses = new Map<string, Set<number>>();
  await fc.assert(
    fc.asyncProperty(call, async ({ op, path, query, body, scopes, rawBody }) => {
      mock.reset(); // each run starts from the default seed, so a deletion does not starve later runs
      let i = 0;
      const url = new URL(`${mock.baseUrl}${op.template.replace(/\{[^}]+\}/g, () => encodeURIComponent(path[i++] ?? ""))}`);
      for (const [name, value] of query) url.searchParams.append(name, value);
      const token = mock.issueAccessToken({ scopes });
      const payload = op.method === "GET" ? undefined : (rawBody ?? (body === undefined ? undefined : JSON.stringify(body)));
      const response = await fetch(url, {
        method: op.method,
        headers: { authorization: `Bearer ${token}`, ...(payload === undefined ? {} : { "content-type": "application/json" }) },
        body: payload,
        signal: AbortSignal.timeout(10_000),
      });
      const answer = await response.text();
      const json = answer === "" ? undefined : JSON.parse(answer);
      const seen = statuses.get(op.operationId) ?? new Set();
      statuses.set(op.operationId, seen.add(response.status));
      expect(response.status, answer).toBeLessThan(500);
      if (response.status >= 400) expect(json).toEqual({ code: expect.any(Number), message: expect.any(String) });
      const check = operationValidators(op.operationId).response(response.status);
      if (check === undefined) expect(json).toBeUndefined();
      else expect(check(json), `${op.operationId} ${response.status} ${answer.slice(0, 200)}`).toEqual({ valid: true });
    }),
    { numRuns: RUNS },
  );
  // The runs reached every operation, and the success side of most of them.
  expect(statuses.size).toBe(tableOperations().length);
  const succeeded = [...statuses.values()].filter((seen) => [...seen].some((status) => status < 300)).length;
  expect(succeeded).toBeGreaterThanOrEqual(Math.floor((tableOperations().length * 2) / 3));
});
