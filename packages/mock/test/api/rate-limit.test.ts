import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type MockPinterest, startMockPinterest } from "../../src/index.js";
import { clientWith } from "./api-fixtures.js";

let mock: MockPinterest;
let api: ReturnType<typeof clientWith>;
beforeEach(async () => {
  mock = await startMockPinterest();
  api = clientWith(mock);
});
afterEach(async () => {
  await mock.close();
});

describe("rate limits (429 with Retry-After) for the next N requests", () => {
  it("of an x-ratelimit-category: org_write calls are limited, org_read calls are not", async () => {
    const handle = mock.fail({ type: "rate-limit", retryAfterSeconds: 7 }, { times: 2, category: "org_write" });
    const first = await api.POST("/boards", { body: { name: "A", privacy: "PUBLIC" } });
    expect([first.response.status, first.response.headers.get("retry-after"), first.error]).toEqual([
      429,
      "7",
      { code: 429, message: "Too many requests. Try again later." },
    ]);
    expect((await api.GET("/boards")).response.status).toBe(200);
    expect((await api.DELETE("/pins/{pin_id}", { params: { path: { pin_id: "813744226420795884" } } })).response.status).toBe(
      429,
    );
    expect(handle.remaining).toBe(0);
    expect((await api.POST("/boards", { body: { name: "A", privacy: "PUBLIC" } })).response.status).toBe(201);
    expect(mock.snapshot().boards.map((board) => board.name)).toEqual(["Summer recipes", "Garden ideas", "A"]);
  });

  it("of a path", async () => {
    mock.fail({ type: "rate-limit" }, { times: 1, path: "/v5/user_account" });
    expect((await api.GET("/boards")).response.status).toBe(200);
    const limited = await api.GET("/user_account");
    expect([limited.response.status, limited.response.headers.get("retry-after")]).toEqual([429, "1"]);
    expect((await api.GET("/user_account")).response.status).toBe(200);
  });

  it("of a category and a path together", async () => {
    mock.fail({ type: "rate-limit" }, { times: 1, category: "org_analytics", path: "/v5/user_account/analytics" });
    expect((await api.GET("/user_account")).response.status).toBe(200);
    const limited = await fetch(`${mock.baseUrl}/user_account/analytics?start_date=2026-01-01&end_date=2026-01-02`);
    expect(limited.status).toBe(429);
  });

  it("refuses a category that is not a string", () => {
    expect(() => mock.fail({ type: "rate-limit" }, { category: "" })).toThrow(/category must be an x-ratelimit-category/);
  });
});
