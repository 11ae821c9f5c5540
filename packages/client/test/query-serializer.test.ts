import { afterEach, describe, expect, test } from "vitest";
import { createPinterestClient } from "../src/create-client.js";
import { querySerializerFor } from "../src/query-serializer.js";
import { startRecordingServer } from "./recording-server.js";

describe("querySerializerFor", () => {
  test.each([
    ["a named array, comma-separated", { given: { metric_types: ["IMPRESSION", "SAVE"] }, want: "metric_types=IMPRESSION,SAVE" }],
    ["another array, repeated", { given: { pin_ids: ["1", "2"] }, want: "pin_ids=1&pin_ids=2" }],
    [
      "both, with scalars; empty and absent left out",
      {
        given: { pin_ids: ["1"], start_date: "2026-01-01", metric_types: ["IMPRESSION"], split_field: undefined, app_types: [] },
        want: "pin_ids=1&start_date=2026-01-01&metric_types=IMPRESSION",
      },
    ],
    [
      "values percent-encoded as openapi-fetch does",
      { given: { metric_types: ["A B", "C&D"] }, want: "metric_types=A%20B,C%26D" },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(querySerializerFor(["metric_types"])(given)).toBe(want);
  });
});

describe("a client sends array query parameters as each operation declares them", () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
  });

  test("GET /pins/analytics: pin_ids repeated (explode default), metric_types comma-separated (explode: false)", async () => {
    const server = await startRecordingServer({ body: {} });
    close = server.close;
    const client = createPinterestClient({ baseUrl: server.baseUrl, retry: { retries: 0 } });
    await client.GET("/pins/analytics", {
      params: {
        query: { pin_ids: ["11", "12"], start_date: "2026-01-01", end_date: "2026-01-31", metric_types: ["IMPRESSION", "SAVE"] },
      },
    });
    const query = new URL(server.requests[0]?.url ?? "", "http://x").search;
    expect(query).toBe("?pin_ids=11&pin_ids=12&start_date=2026-01-01&end_date=2026-01-31&metric_types=IMPRESSION,SAVE");
  });

  test("a call's own querySerializer wins", async () => {
    const server = await startRecordingServer({ body: {} });
    close = server.close;
    const client = createPinterestClient({ baseUrl: server.baseUrl, retry: { retries: 0 } });
    await client.GET("/user_account/analytics", {
      params: { query: { start_date: "2026-01-01", end_date: "2026-01-31", metric_types: ["IMPRESSION", "SAVE"] } },
      querySerializer: () => "custom=1",
    });
    expect(server.requests[0]?.url).toMatch(/\?custom=1$/);
  });
});
