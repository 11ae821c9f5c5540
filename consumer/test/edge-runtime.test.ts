import { join } from "node:path";
import { EdgeVM } from "@edge-runtime/vm";
import { DEFAULT_MOCK_CLIENT, type MockPinterest, startMockPinterest } from "@pinterest-kit/mock";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";

// The flow file inside the consumer project, so esbuild bundles the installed tarballs.
const FLOW = join(inject("consumerApp"), "authorization-code-flow.mjs");

let mock: MockPinterest;
beforeAll(async () => {
  mock = await startMockPinterest({ autoApprove: true });
});
afterAll(() => mock.close());

/** The consumer's flow with oauth, client and openapi-fetch bundled for a browser-like target: any node: import fails the build. */
async function bundleFlow(): Promise<string> {
  const result = await build({
    entryPoints: [FLOW],
    bundle: true,
    format: "iife",
    globalName: "consumer",
    platform: "browser",
    write: false,
  });
  return result.outputFiles[0]?.text ?? "";
}

describe("@pinterest-kit/oauth and @pinterest-kit/client on an edge runtime (@edge-runtime/vm)", () => {
  test("bundle without Node built-ins and run the authorization-code flow against the mock", async () => {
    const vm = new EdgeVM();
    expect(vm.evaluate("typeof process + typeof require + typeof Buffer")).toBe("undefinedundefinedundefined");
    vm.evaluate(await bundleFlow());
    const config = {
      baseUrl: mock.baseUrl,
      authorizeUrl: mock.authorizeUrl,
      clientId: DEFAULT_MOCK_CLIENT.clientId,
      clientSecret: DEFAULT_MOCK_CLIENT.clientSecret,
      redirectUri: "http://127.0.0.1/callback",
    };
    const result = await vm.evaluate(`consumer.authorizationCodeFlow(${JSON.stringify(config)})`);
    expect(JSON.parse(JSON.stringify(result))).toEqual({
      username: expect.any(String),
      scopes: ["user_accounts:read"],
      tokenType: "bearer",
    });
    const exchange = mock.requests.find((request) => request.path === "/v5/oauth/token");
    expect(exchange?.headers.authorization).toBe("Basic [redacted]");
  });
});
