import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockPinterest, startMockPinterest } from "../src/index.js";
import { rawRequest } from "./raw-http.js";

let mock: MockPinterest;
beforeAll(async () => {
  mock = await startMockPinterest({ maxRecordedRequests: 50 });
});
afterAll(async () => {
  await mock.close();
});

const PATHS = ["/", "/oauth/", "/oauth", "/v5/oauth/token", "/v5/oauth/token/revoke", "/v5/user_account", "/v5/pins"];
const token = fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,12}$/);
const headerValue = fc.stringMatching(/^[\x20-\x7e]{0,60}$/);
const request = fc.record({
  method: fc.oneof(fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"), token),
  path: fc.oneof(fc.constantFrom(...PATHS), fc.stringMatching(/^\/[\x21-\x7e]{0,40}$/)),
  query: fc.stringMatching(/^[\x21-\x7e]{0,40}$/),
  headers: fc.array(fc.tuple(token, headerValue), { maxLength: 6 }),
  contentType: fc.constantFrom(undefined, "application/x-www-form-urlencoded", "application/json", "text/plain"),
  authorization: fc.constantFrom(undefined, "Basic MTUwMDAwMDptb2NrLWNsaWVudC1zZWNyZXQ=", "Bearer x", "Basic !!"),
  body: fc.uint8Array({ maxLength: 300 }),
});

type RequestShape = typeof request extends fc.Arbitrary<infer T> ? T : never;

function serialize(r: RequestShape): Buffer {
  const lines = [`${r.method} ${r.path}${r.query === "" ? "" : `?${r.query}`} HTTP/1.1`, "Host: 127.0.0.1", "Connection: close"];
  for (const [name, value] of r.headers) {
    if (!/^(host|connection|content-length|transfer-encoding|content-type|authorization|expect|upgrade)$/i.test(name))
      lines.push(`${name}: ${value}`);
  }
  if (r.contentType !== undefined) lines.push(`Content-Type: ${r.contentType}`);
  if (r.authorization !== undefined) lines.push(`Authorization: ${r.authorization}`);
  lines.push(`Content-Length: ${r.body.length}`);
  return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1"), r.body]);
}

describe("the mock under arbitrary input", () => {
  it("answers every complete arbitrary request with a 4xx in Pinterest's shape (or a consent page / redirect)", async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const response = await rawRequest(mock.port, serialize(r));
        if (response.status === 200 && r.method === "GET" && r.path.startsWith("/oauth")) return; // a valid consent request
        if (response.status === 302) return; // an authorize error sent to a registered redirect URI
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        if (r.method === "HEAD") return;
        const body = JSON.parse(response.body) as Record<string, unknown>;
        expect(Object.keys(body).sort()).toEqual(["code", "message"]);
        expect(typeof body.code).toBe("number");
        expect(typeof body.message).toBe("string");
      }),
      { numRuns: 300 },
    );
  });

  it("answers arbitrary bytes with a 4xx or by closing, and never stops serving", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 400 }), async (bytes) => {
        const response = await rawRequest(mock.port, Buffer.from(bytes));
        if (response.status !== 0) {
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
        }
      }),
      { numRuns: 200 },
    );
    expect((await fetch(`${mock.baseUrl}/user_account`)).status).toBe(401);
  });

  it("keeps no state for requests that were refused", () => {
    expect(mock.stats()).toMatchObject({ codes: 0, spentCodes: 0, tokens: 0, grants: 0, faults: 0 });
    expect(mock.stats().recordedRequests).toBeLessThanOrEqual(50);
  });
});
