import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockPinterest, startMockPinterest } from "../../src/index.js";
import { errorOf } from "../helpers.js";

let mock: MockPinterest;
beforeAll(async () => {
  mock = await startMockPinterest();
});
afterAll(async () => {
  await mock.close();
});

describe("routing", () => {
  const notFound: string[] = [
    "/",
    "/v5",
    "/v5/ad_accounts",
    "/v5/oauth/token/",
    "/V5/oauth/token",
    "/v5/user_account/",
    "/oauth/x",
    "/%zz",
  ];
  it.each(notFound)("%s is 404 in Pinterest's shape", async (path) => {
    expect(await errorOf(await fetch(`${mock.origin}${path}`, { method: "POST" }))).toEqual({
      status: 404,
      code: 404,
      message: "Not found",
    });
  });

  const wrongMethod: [string, { method: string; path: string; allow: string }][] = [
    ["GET on the token endpoint", { method: "GET", path: "/v5/oauth/token", allow: "POST" }],
    ["PUT on revoke", { method: "PUT", path: "/v5/oauth/token/revoke", allow: "POST" }],
    ["POST on user_account", { method: "POST", path: "/v5/user_account", allow: "GET" }],
    ["DELETE on the authorize page", { method: "DELETE", path: "/oauth/", allow: "GET, POST" }],
    ["OPTIONS on the token endpoint", { method: "OPTIONS", path: "/v5/oauth/token", allow: "POST" }],
    ["PATCH on user_account", { method: "PATCH", path: "/v5/user_account", allow: "GET" }],
  ];
  it.each(wrongMethod)("%s is 405 with Allow", async (_name, { method, path, allow }) => {
    const response = await fetch(`${mock.origin}${path}`, { method });
    expect(response.headers.get("allow")).toBe(allow);
    expect(await errorOf(response)).toEqual({ status: 405, code: 405, message: "Method not allowed" });
  });

  it("HEAD is 405 too, without a body", async () => {
    const response = await fetch(`${mock.baseUrl}/user_account`, { method: "HEAD" });
    expect([response.status, await response.text()]).toEqual([405, ""]);
  });
});
