import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { pinterestApiError } from "../../src/errors/from-result.js";
import { PinterestApiError } from "../../src/errors/pinterest-api-error.js";
import { transportError } from "../../src/errors/transport-error.js";

const TOKEN = "pina_AbCdEfGh1234567890";

function answer(status: number, body: string, headers: Record<string, string> = {}) {
  return new Response(body, { status, headers });
}

describe("pinterestApiError builds the error from an openapi-fetch result", () => {
  const cases: [string, { status: number; body: unknown; headers?: Record<string, string>; want: Partial<PinterestApiError> }][] =
    [
      [
        "401 code 3 is insufficient_scope",
        {
          status: 401,
          body: { code: 3, message: "Your token does not have sufficient permissions" },
          want: { kind: "insufficient_scope", code: 3, pinterestMessage: "Your token does not have sufficient permissions" },
        },
      ],
      [
        "401 code 2 is unauthorized",
        { status: 401, body: { code: 2, message: "Authentication failed." }, want: { kind: "unauthorized" } },
      ],
      ["404", { status: 404, body: { code: 40, message: "Board not found." }, want: { kind: "not_found", code: 40 } }],
      [
        "429 with Retry-After and a request id",
        {
          status: 429,
          body: { code: 8, message: "Rate limited" },
          headers: { "retry-after": "7", "x-pinterest-rid": "rid-1" },
          want: { kind: "rate_limited", retryAfterMs: 7000, requestId: "rid-1" },
        },
      ],
      [
        "a 502 HTML page gives a body excerpt",
        {
          status: 502,
          body: "<html><body><h1>502 Bad Gateway</h1></body></html>",
          want: { kind: "server_error", bodyExcerpt: "502 Bad Gateway", code: undefined },
        },
      ],
      ["other 4xx", { status: 400, body: { code: 1, message: "Invalid parameters." }, want: { kind: "invalid_request" } }],
    ];
  test.each(cases)("%s", (_name, { status, body, headers, want }) => {
    const error = pinterestApiError({ error: body, response: answer(status, "", headers) }, { operation: "GET /boards" });
    expect(error).toBeInstanceOf(PinterestApiError);
    expect(error).toMatchObject({ ...want, status, operation: "GET /boards" });
    expect(error.message).toMatch(/^GET \/boards failed: HTTP \d+/);
  });
});

describe("no token reaches the error, its cause, toJSON or util.inspect", () => {
  test("a token echoed in the body or message is redacted", () => {
    const error = pinterestApiError(
      { error: { code: 2, message: `token ${TOKEN} is invalid` }, response: answer(401, "") },
      { operation: "GET /user_account", secrets: ["my-secret-value"] },
    );
    const texts = [error.message, JSON.stringify(error), inspect(error, { depth: 10 }), String(error.pinterestMessage)];
    for (const text of texts) expect(text).not.toContain(TOKEN);
    expect(error.pinterestMessage).toBe("token [redacted] is invalid");
  });

  test("a transport failure's cause is a redacted copy", () => {
    const thrown = new TypeError("fetch failed", {
      cause: Object.assign(new Error(`connect ECONNREFUSED (Authorization: Bearer ${TOKEN})`), { code: "ECONNREFUSED" }),
    });
    const error = transportError(thrown, { operation: "GET /boards" });
    expect(error.kind).toBe("network");
    expect(error.message).toContain("could not connect (ECONNREFUSED)");
    for (const text of [JSON.stringify(error), inspect(error, { depth: 10 })]) expect(text).not.toContain(TOKEN);
    expect(inspect(error, { depth: 10 })).toContain("ECONNREFUSED");
  });

  test("timeout and aborted kinds", () => {
    expect(transportError(new Error("x"), { timedOut: true, timeoutMs: 50 }).kind).toBe("timeout");
    expect(transportError(new Error("x"), { callerAborted: true }).kind).toBe("aborted");
  });

  test("withItemsYielded keeps the fields and says the count", () => {
    const error = pinterestApiError(
      { error: { code: 1, message: "m" }, response: answer(500, "") },
      { operation: "GET /boards" },
    );
    const later = error.withItemsYielded(25);
    expect(later).toMatchObject({ itemsYielded: 25, status: 500, kind: "server_error", operation: "GET /boards" });
    expect(later.message).toContain("after 25 items were yielded");
  });
});
