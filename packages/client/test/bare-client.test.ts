import { afterEach, expect, test } from "vitest";
import { createBareClient } from "../src/index.js";
import { operationOf } from "../src/internal.js";
import { type Replies, startRecordingServer } from "./recording-server.js";

let server: Awaited<ReturnType<typeof startRecordingServer>> | undefined;
afterEach(() => server?.close());

async function serve(replies: Replies) {
  server = await startRecordingServer(replies);
  return server;
}

test("a form operation goes out as a form, and the outcome remembers its operation", async () => {
  const { baseUrl, requests } = await serve({ body: { access_token: "t", token_type: "bearer", expires_in: 1, scope: "a" } });
  const client = createBareClient({ baseUrl, headers: { "X-App": "demo" } });
  const result = await client.POST("/oauth/token", { body: { grant_type: "refresh_token", refresh_token: "r 1" } });
  expect(requests[0]).toMatchObject({
    method: "POST",
    url: "/v5/oauth/token",
    body: "grant_type=refresh_token&refresh_token=r+1",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-app": "demo" },
  });
  expect(operationOf(result.response)).toBe("POST /oauth/token");
});

test("no retries of its own: a 503 to a GET is the answer, sent once", async () => {
  const { baseUrl, requests } = await serve({ status: 503, body: { code: 0, message: "busy" } });
  const { response } = await createBareClient({ baseUrl }).GET("/user_account");
  expect(response.status).toBe(503);
  expect(requests).toHaveLength(1);
});

test("prepare sees each call's upper-case method, path and init, and its init is what is sent", async () => {
  const { baseUrl, requests } = await serve({ body: {} });
  const seen: string[] = [];
  const client = createBareClient({
    baseUrl,
    prepare: (method, path, init) => {
      seen.push(`${method} ${path}`);
      return { ...init, headers: { ...init.headers, "X-Prepared": "yes" } };
    },
  });
  await client.request("get", "/user_account");
  expect(seen).toEqual(["GET /user_account"]);
  expect(requests[0]?.headers["x-prepared"]).toBe("yes");
});

test("a given fetch is the one used", async () => {
  const { baseUrl } = await serve({ body: {} });
  const urls: string[] = [];
  const client = createBareClient({
    baseUrl,
    fetch: (request) => {
      urls.push(request.url);
      return globalThis.fetch(request);
    },
  });
  await client.GET("/user_account");
  expect(urls).toEqual([`${baseUrl}/user_account`]);
});
