import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, type MockPinterest } from "../src/index.js";
import { basic, codeFor, errorOf, FORM, type manualClock, postForm, startWithClock, tokensFor } from "./helpers.js";
import { rawRequest } from "./raw-http.js";

let mock: MockPinterest;
let clock: ReturnType<typeof manualClock>;
beforeEach(async () => {
  ({ mock, clock } = await startWithClock());
});
afterEach(async () => {
  await mock.close();
});

const TOO_LARGE = { status: 413, code: 413, message: "Request body too large (limit 64 KiB)" };

/** A valid-looking form padded to exactly `size` bytes. */
function formOfSize(size: number): string {
  const head = "grant_type=client_credentials&scope=pins:read&pad=";
  return head + "x".repeat(size - head.length);
}

describe("the 64 KiB body limit", () => {
  it("reads a body of exactly 64 KiB (then rejects its unknown field as 400)", async () => {
    const response = await postForm(mock, "/v5/oauth/token", formOfSize(MAX_BODY_BYTES));
    expect((await errorOf(response)).status).toBe(400);
  });

  it("answers 413 to one byte more (Content-Length)", async () => {
    const response = await postForm(mock, "/v5/oauth/token", formOfSize(MAX_BODY_BYTES + 1));
    expect(await errorOf(response)).toEqual(TOO_LARGE);
    expect(response.headers.get("connection")).toBe("close");
  });

  it("answers 413 to a streamed (chunked) body that grows past the limit", async () => {
    const chunk = new TextEncoder().encode("x".repeat(16 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 5) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${mock.baseUrl}/oauth/token`, {
      method: "POST",
      headers: { authorization: basic("1500000", "mock-client-secret"), "content-type": FORM },
      body,
      duplex: "half",
    } as RequestInit);
    expect(await errorOf(response)).toEqual(TOO_LARGE);
  });

  it("answers 413 to a 4 MiB body and stays up", async () => {
    const response = await postForm(mock, "/v5/oauth/token", "x".repeat(4 * 1024 * 1024));
    expect(await errorOf(response)).toEqual(TOO_LARGE);
    expect((await fetch(`${mock.baseUrl}/user_account`)).status).toBe(401);
  });

  it("applies to every path, GET included", async () => {
    const response = await rawRequest(
      mock.port,
      `GET /v5/user_account HTTP/1.1\r\nHost: x\r\nContent-Length: ${MAX_BODY_BYTES + 1}\r\n\r\n`,
    );
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({ code: 413, message: TOO_LARGE.message });
  });
});

describe("bytes that are not a valid request", () => {
  const cases: [string, { bytes: string; want: { status: number; code: number } }][] = [
    ["garbage", { bytes: "\x00\x01\x02 hello\r\n\r\n", want: { status: 400, code: 1 } }],
    ["a bad request line", { bytes: "GET\r\n\r\n", want: { status: 400, code: 1 } }],
    ["a bad header", { bytes: "GET / HTTP/1.1\r\nHo st: x\r\n\r\n", want: { status: 400, code: 1 } }],
    [
      "conflicting lengths",
      { bytes: "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", want: { status: 400, code: 1 } },
    ],
    [
      "a bad chunk size",
      {
        bytes: "POST /v5/oauth/token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        want: { status: 400, code: 1 },
      },
    ],
    [
      "headers over the size limit",
      { bytes: `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`, want: { status: 431, code: 431 } },
    ],
    ["an asterisk target", { bytes: "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", want: { status: 400, code: 1 } }],
  ];
  it.each(cases)("%s gets a 4xx in Pinterest's shape", async (_name, { bytes, want }) => {
    const response = await rawRequest(mock.port, bytes);
    expect(response.status).toBe(want.status);
    expect(JSON.parse(response.body)).toMatchObject({ code: want.code, message: expect.any(String) });
  });

  it("routes an absolute-form target (RFC 9112 §3.2.2)", async () => {
    const response = await rawRequest(
      mock.port,
      `GET http://${mock.origin.slice(7)}/v5/user_account HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    );
    expect(response.status).toBe(401);
  });

  it("keeps serving after all of them", async () => {
    expect((await postForm(mock, "/v5/oauth/token", { grant_type: "client_credentials", scope: "pins:read" })).status).toBe(200);
  });
});

describe("mock.requests", () => {
  it("records method, path, query, headers and form with every secret redacted", async () => {
    const { code, redirectUri } = codeFor(mock);
    await postForm(mock, "/v5/oauth/token?debug=1&code=leak", {
      grant_type: "authorization_code",
      code,
      redirect_uri: redirectUri,
    });
    const [entry] = mock.requests;
    expect(entry).toMatchObject({
      method: "POST",
      path: "/v5/oauth/token",
      query: { debug: "1", code: "[redacted]" },
      form: { grant_type: "authorization_code", code: "[redacted]", redirect_uri: redirectUri },
      receivedAt: clock.now(),
      status: 200,
    });
    expect(entry?.headers.authorization).toBe("Basic [redacted]");
    expect(entry?.headers["content-type"]).toBe(FORM);
  });

  it("never holds a secret after a whole flow", async () => {
    const tokens = await tokensFor(mock);
    await fetch(`${mock.baseUrl}/user_account`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    await postForm(mock, "/v5/oauth/token", { grant_type: "refresh_token", refresh_token: String(tokens.refresh_token) });
    await postForm(mock, "/v5/oauth/token/revoke", { token: String(tokens.access_token) });
    await postForm(mock, "/v5/oauth/token", {
      grant_type: "client_credentials",
      scope: "pins:read",
      client_secret: "mock-client-secret",
    });
    const recorded = JSON.stringify(mock.requests);
    expect(mock.requests).toHaveLength(5);
    for (const secret of [
      "mock-client-secret",
      String(tokens.access_token),
      String(tokens.refresh_token),
      Buffer.from("1500000:mock-client-secret").toString("base64"),
    ]) {
      expect(recorded).not.toContain(secret);
    }
  });

  it("records unparsable forms without a form, and bodies that are not forms not at all", async () => {
    await postForm(mock, "/v5/oauth/token", "code=%zz");
    await postForm(mock, "/v5/oauth/token", "code=secret", { "content-type": "text/plain" });
    expect(mock.requests.map((entry) => entry.form)).toEqual([undefined, undefined]);
  });

  it("keeps the last maxRecordedRequests but counts all; clearRequests resets", async () => {
    await mock.close();
    ({ mock, clock } = await startWithClock({ maxRecordedRequests: 2 }));
    for (const path of ["/a", "/b", "/c"]) await fetch(`${mock.origin}${path}`);
    expect(mock.requests.map((entry) => entry.path)).toEqual(["/b", "/c"]);
    expect(mock.requestCount).toBe(3);
    mock.clearRequests();
    expect([mock.requests.length, mock.requestCount]).toEqual([0, 0]);
  });
});

describe("purging", () => {
  it("expired codes and tokens are purged on the next request, so memory is bounded", async () => {
    for (let i = 0; i < 20; i++) codeFor(mock);
    await tokensFor(mock);
    await postForm(mock, "/v5/oauth/token", { grant_type: "client_credentials", scope: "pins:read" });
    expect(mock.stats()).toMatchObject({ codes: 20, spentCodes: 1, tokens: 3 });
    clock.advance(61 * 24 * 3600 * 1000);
    await fetch(`${mock.origin}/anything`);
    expect(mock.stats()).toMatchObject({ codes: 0, spentCodes: 0, tokens: 0, grants: 0 });
  });
});
