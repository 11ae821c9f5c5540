import { join } from "node:path";
import { EdgeVM } from "@edge-runtime/vm";
import { DEFAULT_MOCK_CLIENT, type MockPinterest, startMockPinterest } from "@pinterest-kit/mock";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { MEDIA_ID, sha256, startExampleServer, UPLOAD_PARAMETERS } from "./example-server.js";

// The flow file inside the consumer project, so esbuild bundles the installed tarballs.
const FLOW = join(inject("consumerApp"), "authorization-code-flow.mjs");
const UPLOAD = join(inject("consumerApp"), "upload-video.mjs");

let mock: MockPinterest;
beforeAll(async () => {
  mock = await startMockPinterest({ autoApprove: true });
});
afterAll(() => mock.close());

/** The consumer's flow with oauth, client and openapi-fetch bundled for a browser-like target: any node: import fails the build. */
async function bundleFlow(entry = FLOW): Promise<string> {
  const result = await build({
    entryPoints: [entry],
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

  test("uploadMedia from the main entry uploads a video: fields in order, the file last, no Authorization at the upload host", async () => {
    const server = await startExampleServer();
    try {
      const vm = new EdgeVM();
      vm.evaluate(await bundleFlow(UPLOAD));
      const size = 100_000;
      const config = { baseUrl: server.baseUrl, accessToken: "pina_edge-token", size };
      const result = await vm.evaluate(`consumer.uploadVideo(${JSON.stringify(config)})`);
      expect(JSON.parse(JSON.stringify(result))).toEqual({ mediaId: MEDIA_ID, progress: [0, size, "processing", "succeeded"] });
      const upload = server.seen.find((request) => request.url.startsWith("upload host"));
      expect(upload?.headers.authorization).toBeUndefined();
      const video = new Uint8Array(size).map((_, index) => index % 251);
      expect(upload?.body).toEqual([
        ...Object.entries(UPLOAD_PARAMETERS).map(([name, value]) => ({ name, value })),
        { name: "file", fileName: "video", type: "video/mp4", size, sha256: sha256(video) },
      ]);
    } finally {
      await server.close();
    }
  });
});
