import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Fault, type MockPinterest, MockPinterestError } from "../../src/index.js";
import { pinterestValidators } from "../../src/schema/validators.js";
import { codeFor, postForm, startWithClock, tokensFor } from "../helpers.js";

let mock: MockPinterest;
beforeEach(async () => {
  ({ mock } = await startWithClock());
});
afterEach(async () => {
  await mock.close();
});

const TOKEN = "/v5/oauth/token";
const clientCredentials = () => postForm(mock, TOKEN, { grant_type: "client_credentials", scope: "user_accounts:read" });

describe("status faults", () => {
  const statuses = [400, 401, 403, 429, 500, 502, 503];
  const pinterestCodes: Record<number, number> = { 400: 1, 401: 2, 403: 29, 429: 429, 500: 500, 502: 502, 503: 503 };
  it.each(statuses)("%i with a Pinterest body", async (status) => {
    mock.fail({ type: "status", status });
    const response = await clientCredentials();
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({ code: pinterestCodes[status], message: expect.any(String) });
  });

  const rfcErrors: Record<number, string> = {
    400: "invalid_request",
    401: "invalid_client",
    403: "unauthorized_client",
    429: "temporarily_unavailable",
    500: "server_error",
    502: "server_error",
    503: "temporarily_unavailable",
  };
  it.each(statuses)("%i with an RFC 6749 §5.2 body", async (status) => {
    mock.fail({ type: "status", status, body: "rfc" });
    const response = await clientCredentials();
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: rfcErrors[status], error_description: expect.any(String) });
  });

  it.each(statuses)("%i with an HTML proxy page", async (status) => {
    mock.fail({ type: "status", status, body: "html" });
    const response = await clientCredentials();
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("text/html");
    expect(await response.text()).toMatch(new RegExp(`^<html>[\\s\\S]*<h1>${status} `));
  });

  it.each(statuses)("%i with an empty body", async (status) => {
    mock.fail({ type: "status", status, body: "empty" });
    const response = await clientCredentials();
    expect([response.status, response.headers.get("content-type"), await response.text()]).toEqual([status, null, ""]);
  });

  it("takes a custom code, message, error and headers", async () => {
    mock.fail({
      type: "status",
      status: 400,
      code: 283,
      message: "The authorization grant is invalid",
      headers: { "x-request-id": "r1" },
    });
    mock.fail({ type: "status", status: 400, body: "rfc", error: "invalid_grant", errorDescription: "expired" });
    const first = await clientCredentials();
    expect([first.headers.get("x-request-id"), await first.json()]).toEqual([
      "r1",
      { code: 283, message: "The authorization grant is invalid" },
    ]);
    expect(await (await clientCredentials()).json()).toEqual({ error: "invalid_grant", error_description: "expired" });
  });

  it("takes a custom body and content type, even on a 200", async () => {
    mock.fail({ type: "status", status: 200, body: { text: "<ok/>", contentType: "application/xml" } });
    const response = await clientCredentials();
    expect([response.status, response.headers.get("content-type"), await response.text()]).toEqual([
      200,
      "application/xml",
      "<ok/>",
    ]);
  });
});

describe("rate-limit", () => {
  it("answers 429 with Retry-After in seconds", async () => {
    mock.fail({ type: "rate-limit", retryAfterSeconds: 30 });
    const response = await clientCredentials();
    expect([response.status, response.headers.get("retry-after")]).toEqual([429, "30"]);
    expect(await response.json()).toEqual({ code: 429, message: "Too many requests. Try again later." });
  });

  it("defaults to Retry-After: 1 and takes other body styles", async () => {
    mock.fail({ type: "rate-limit", body: "rfc" });
    const response = await clientCredentials();
    expect(response.headers.get("retry-after")).toBe("1");
    expect(await response.json()).toEqual({ error: "temporarily_unavailable", error_description: "Too Many Requests" });
  });
});

describe("delay", () => {
  it("answers normally after the wait", async () => {
    mock.fail({ type: "delay", ms: 20 });
    const response = await clientCredentials();
    expect(response.status).toBe(200);
    expect(mock.requests[0]?.fault).toBe("delay");
  });

  it("a delay past the client's timeout still processes the request: the code is spent", async () => {
    const { code, redirectUri } = codeFor(mock);
    const fields = { grant_type: "authorization_code", code, redirect_uri: redirectUri };
    mock.fail({ type: "delay", ms: 1500 });
    const controller = new AbortController();
    const aborted = fetch(`${mock.baseUrl}/oauth/token`, {
      method: "POST",
      headers: {
        authorization: "Basic MTUwMDAwMDptb2NrLWNsaWVudC1zZWNyZXQ=",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams(fields),
      signal: controller.signal,
    });
    // The client gives up once the mock has the request, well before the delay ends.
    await expect.poll(() => mock.requestCount, { interval: 5, timeout: 5000 }).toBe(1);
    controller.abort();
    await expect(aborted).rejects.toThrow();
    await expect.poll(() => mock.stats().spentCodes, { interval: 20, timeout: 5000 }).toBe(1);
    expect((await postForm(mock, TOKEN, fields)).status).toBe(400);
  });

  it("close() cancels a pending delay and does not wait for it", async () => {
    mock.fail({ type: "delay", ms: 60 * 60 * 1000 });
    // Settle-handler attached at once: close() rejects the request while it is still awaited.
    const outcome = clientCredentials().then(
      () => "answered",
      (error: unknown) => error,
    );
    await expect.poll(() => mock.requestCount, { interval: 10, timeout: 5000 }).toBe(1);
    await mock.close();
    expect(await outcome).toBeInstanceOf(TypeError);
  });
});

describe("drop", () => {
  it("destroys the connection without an answer", async () => {
    mock.fail({ type: "drop" });
    await expect(clientCredentials()).rejects.toThrow(TypeError);
    expect([mock.requests[0]?.fault, mock.requests[0]?.status]).toEqual(["drop", undefined]);
    expect((await clientCredentials()).status).toBe(200);
  });
});

describe("malformed-json", () => {
  it("answers 200 application/json whose JSON is cut off", async () => {
    mock.fail({ type: "malformed-json" });
    const response = await clientCredentials();
    expect([response.status, response.headers.get("content-type")]).toEqual([200, "application/json"]);
    const text = await response.text();
    expect(text.startsWith('{"access_token":')).toBe(true);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });
});

describe("wrong-content-type", () => {
  it("answers 200 with valid JSON labelled text/html", async () => {
    mock.fail({ type: "wrong-content-type" });
    const response = await clientCredentials();
    expect([response.status, response.headers.get("content-type")]).toEqual([200, "text/html"]);
    expect(
      pinterestValidators().component("OauthAccessTokenResponse", { closed: true })(JSON.parse(await response.text())).valid,
    ).toBe(true);
  });

  it("takes another content type, and looks like an Account on user_account", async () => {
    mock.fail({ type: "wrong-content-type", contentType: "text/plain" });
    const response = await fetch(`${mock.baseUrl}/user_account`);
    expect(response.headers.get("content-type")).toBe("text/plain");
    expect(JSON.parse(await response.text())).toMatchObject({ username: "pinterestkit_mock" });
  });
});

describe("invalid-success", () => {
  const cases: [
    string,
    { path: string; variant?: "missing-fields" | "wrong-types"; schema: "OauthAccessTokenResponse" | "Account" },
  ][] = [
    ["token: missing fields", { path: TOKEN, variant: "missing-fields", schema: "OauthAccessTokenResponse" }],
    ["token: wrong types", { path: TOKEN, variant: "wrong-types", schema: "OauthAccessTokenResponse" }],
    ["token: default variant", { path: TOKEN, schema: "OauthAccessTokenResponse" }],
    ["user_account: wrong types", { path: "/v5/user_account", variant: "wrong-types", schema: "Account" }],
  ];
  it.each(cases)("%s breaks the pinned response schema", async (_name, { path, variant, schema }) => {
    const fault: Fault = variant === undefined ? { type: "invalid-success" } : { type: "invalid-success", variant };
    mock.fail(fault);
    const response = path === TOKEN ? await clientCredentials() : await fetch(`${mock.origin}${path}`);
    expect([response.status, response.headers.get("content-type")]).toEqual([200, "application/json"]);
    expect(pinterestValidators().component(schema)(await response.json()).valid).toBe(false);
  });

  it("missing-fields drops access_token and expires_in", async () => {
    mock.fail({ type: "invalid-success" });
    const body = (await (await clientCredentials()).json()) as Record<string, unknown>;
    expect([body.access_token, body.expires_in]).toEqual([undefined, undefined]);
  });
});

describe("matching and counting", () => {
  it("applies to the next `times` requests only", async () => {
    mock.fail({ type: "status", status: 503 }, { times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await clientCredentials()).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it("applies only to `path` when given", async () => {
    mock.fail({ type: "status", status: 500 }, { path: "/v5/user_account" });
    expect((await clientCredentials()).status).toBe(200);
    expect((await fetch(`${mock.baseUrl}/user_account`)).status).toBe(500);
  });

  it("faulted requests count in mock.requests and are not processed (the code survives)", async () => {
    const { code, redirectUri } = codeFor(mock);
    const fields = { grant_type: "authorization_code", code, redirect_uri: redirectUri };
    mock.fail({ type: "status", status: 500 });
    expect((await postForm(mock, TOKEN, fields)).status).toBe(500);
    expect((await postForm(mock, TOKEN, fields)).status).toBe(200);
    expect(mock.requests.map((entry) => [entry.fault, entry.status, entry.form?.code])).toEqual([
      ["status", 500, "[redacted]"],
      [undefined, 200, "[redacted]"],
    ]);
  });

  it("faults apply before any check, even to an unauthenticated or unknown request", async () => {
    mock.fail({ type: "status", status: 502, body: "html" }, { times: 2 });
    expect((await fetch(`${mock.origin}/nowhere`)).status).toBe(502);
    expect((await postForm(mock, TOKEN, "x", { authorization: "" })).status).toBe(502);
  });

  it("the handle counts down and can cancel; clearFaults empties the queue", async () => {
    const handle = mock.fail({ type: "status", status: 500 }, { times: Number.POSITIVE_INFINITY });
    await clientCredentials();
    expect(handle.remaining).toBe(Number.POSITIVE_INFINITY);
    handle.cancel();
    expect((await clientCredentials()).status).toBe(200);
    mock.fail({ type: "drop" }, { times: 3 });
    mock.clearFaults();
    expect([(await clientCredentials()).status, mock.stats().faults]).toEqual([200, 0]);
  });

  it("a fault on a valid token still leaves the token valid", async () => {
    const tokens = await tokensFor(mock);
    mock.fail({ type: "status", status: 401 });
    const headers = { authorization: `Bearer ${tokens.access_token}` };
    expect((await fetch(`${mock.baseUrl}/user_account`, { headers })).status).toBe(401);
    expect((await fetch(`${mock.baseUrl}/user_account`, { headers })).status).toBe(200);
  });

  it("rejects a bad fault with INVALID_FAULT before queueing it", () => {
    expect(() => mock.fail({ type: "status", status: 99 })).toThrow(MockPinterestError);
    expect(mock.stats().faults).toBe(0);
  });
});
