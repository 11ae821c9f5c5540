import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MockPinterest } from "../../src/index.js";
import { ALL_SCOPES, clientWith } from "../api/api-fixtures.js";
import { startWithClock } from "../helpers.js";

let mock: MockPinterest;
let clock: { advance: (ms: number) => void };
let api: ReturnType<typeof clientWith>;
beforeEach(async () => {
  ({ mock, clock } = await startWithClock({ mediaProcessingMs: 5_000, maxUploadBytes: 1024 }));
  api = clientWith(mock, ALL_SCOPES);
});
afterEach(async () => {
  await mock.close();
});

async function register() {
  const { data, response } = await api.POST("/media", { body: { media_type: "video" } });
  expect(response.status).toBe(201);
  if (data?.upload_url === undefined || data.upload_parameters === undefined) throw new Error("no upload_url");
  return { mediaId: data.media_id, url: data.upload_url, parameters: data.upload_parameters as Record<string, string> };
}

/** The S3 POST form: every parameter in the order given, then the file (`overrides` replace or drop fields). */
function form(parameters: Record<string, string>, file: Blob | undefined, overrides: Record<string, string | null> = {}) {
  const body = new FormData();
  for (const [name, value] of Object.entries({ ...parameters, ...overrides })) if (value !== null) body.append(name, value);
  if (file !== undefined) body.append("file", file, "clip.mp4");
  return body;
}

const status = async (mediaId: string) =>
  (await api.GET("/media/{media_id}", { params: { path: { media_id: mediaId } } })).data?.status;

describe("POST /v5/media and its upload_url (an S3-style POST endpoint)", () => {
  it("answers an upload_url on the mock and every upload_parameters field", async () => {
    const { url, parameters } = await register();
    expect(url).toBe(`${mock.origin}/media-uploads/`);
    expect(Object.keys(parameters)).toEqual([
      "x-amz-date",
      "x-amz-signature",
      "x-amz-security-token",
      "x-amz-algorithm",
      "key",
      "policy",
      "x-amz-credential",
      "Content-Type",
    ]);
  });

  it("goes registered → processing → succeeded as the clock advances", async () => {
    const { mediaId, url, parameters } = await register();
    expect(await status(mediaId)).toBe("registered");
    const upload = await fetch(url, { method: "POST", body: form(parameters, new Blob([new Uint8Array(800)])) });
    expect([upload.status, await upload.text()]).toEqual([204, ""]);
    expect(upload.headers.get("etag")).toMatch(/^"[0-9a-f]{32}"$/);
    expect(await status(mediaId)).toBe("processing");
    clock.advance(4_999);
    expect(await status(mediaId)).toBe("processing");
    clock.advance(1);
    expect(await status(mediaId)).toBe("succeeded");
    const pin = await api.POST("/pins", {
      body: { board_id: "549755885175", media_source: { source_type: "video_id", media_id: mediaId } },
    });
    expect([
      pin.response.status,
      pin.data?.creative_type,
      (pin.data?.media as { media_type?: string } | undefined)?.media_type,
    ]).toEqual([201, "VIDEO", "video"]);
  });

  it("ends failed when a media-failed fault takes the upload, and a Pin cannot use it", async () => {
    mock.fail({ type: "media-failed" });
    const { mediaId, url, parameters } = await register(); // the API call does not take the fault
    expect((await fetch(url, { method: "POST", body: form(parameters, new Blob(["video"])) })).status).toBe(204);
    clock.advance(5_000);
    expect(await status(mediaId)).toBe("failed");
    const pin = await api.POST("/pins", {
      body: { board_id: "549755885175", media_source: { source_type: "video_id", media_id: mediaId } },
    });
    expect(pin.response.status).toBe(400);
  });

  it("answers 201 with S3's PostResponse XML when the form asks success_action_status=201", async () => {
    const { url, parameters } = await register();
    const body = form(parameters, undefined, { success_action_status: "201" });
    body.append("file", new Blob(["v"]), "clip.mp4");
    const upload = await fetch(url, { method: "POST", body });
    expect(upload.status).toBe(201);
    expect(await upload.text()).toMatch(
      /<PostResponse><Location>.+<\/Location><Bucket>pinterest-media-upload<\/Bucket><Key>uploads\/\d+\.mp4<\/Key>/,
    );
  });

  const refusals: [string, { send: (url: string, p: Record<string, string>) => Promise<Response>; want: [number, string] }][] = [
    [
      "a Pinterest Authorization header",
      {
        send: (url, p) =>
          fetch(url, { method: "POST", headers: { authorization: "Bearer pina_x" }, body: form(p, new Blob(["v"])) }),
        want: [400, "InvalidArgument"],
      },
    ],
    [
      "a missing parameter",
      {
        send: (url, p) => fetch(url, { method: "POST", body: form(p, new Blob(["v"]), { policy: null }) }),
        want: [400, "InvalidArgument"],
      },
    ],
    [
      "the file before the last field",
      {
        send: (url, p) => {
          const body = form(p, new Blob(["v"]));
          body.append("x-extra", "after the file");
          return fetch(url, { method: "POST", body });
        },
        want: [400, "InvalidArgument"],
      },
    ],
    ["no file", { send: (url, p) => fetch(url, { method: "POST", body: form(p, undefined) }), want: [400, "InvalidArgument"] }],
    [
      "a file over the size limit",
      {
        send: (url, p) => fetch(url, { method: "POST", body: form(p, new Blob([new Uint8Array(1025)])) }),
        want: [400, "EntityTooLarge"],
      },
    ],
    [
      "a body beyond the limit and its form overhead",
      {
        send: (url, p) => fetch(url, { method: "POST", body: form(p, new Blob([new Uint8Array(1024 + 70 * 1024)])) }),
        want: [400, "EntityTooLarge"],
      },
    ],
    [
      "an empty file",
      { send: (url, p) => fetch(url, { method: "POST", body: form(p, new Blob([])) }), want: [400, "EntityTooSmall"] },
    ],
    [
      "a tampered policy",
      {
        send: (url, p) => fetch(url, { method: "POST", body: form(p, new Blob(["v"]), { policy: btoa("{}") }) }),
        want: [403, "SignatureDoesNotMatch"],
      },
    ],
    [
      "another key than the policy's",
      {
        send: (url, p) => fetch(url, { method: "POST", body: form(p, new Blob(["v"]), { key: "uploads/1.mp4" }) }),
        want: [403, "AccessDenied"],
      },
    ],
    [
      "a body that is not multipart",
      { send: (url) => fetch(url, { method: "POST", body: "file=x" }), want: [400, "InvalidArgument"] },
    ],
  ];
  it.each(refusals)("refuses %s with an S3 XML error and leaves the media registered", async (_name, { send, want }) => {
    const { mediaId, url, parameters } = await register();
    const answer = await send(url, parameters);
    const text = await answer.text();
    expect([answer.status, /<Code>([^<]+)<\/Code>/.exec(text)?.[1]]).toEqual(want);
    expect(answer.headers.get("content-type")).toBe("application/xml");
    expect(await status(mediaId)).toBe("registered");
  });

  it("takes one file per upload URL", async () => {
    const { url, parameters } = await register();
    expect((await fetch(url, { method: "POST", body: form(parameters, new Blob(["v"])) })).status).toBe(204);
    expect((await fetch(url, { method: "POST", body: form(parameters, new Blob(["v"])) })).status).toBe(403);
  });

  it("records the upload with its Authorization redacted and no body", async () => {
    const { url, parameters } = await register();
    await fetch(url, {
      method: "POST",
      headers: { authorization: "Bearer pina_secret_token" },
      body: form(parameters, new Blob(["v"])),
    });
    const recorded = mock.requests.at(-1);
    expect(recorded?.headers.authorization).toBe("Bearer [redacted]");
    expect(JSON.stringify(recorded)).not.toContain("pina_secret_token");
  });
});
