import { inspect } from "node:util";
import { afterEach, describe, expect, test } from "vitest";
import {
  createPinterestClient,
  MediaUploadError,
  type MediaUploadProgress,
  PinterestApiError,
  uploadMedia,
} from "../../src/index.js";
import { MEDIA_ID, sha256, startUploadServers, UPLOAD_PARAMETERS, type UploadServersOptions } from "./upload-servers.js";

const TOKEN = "pina_upload-test-access-token";
const VIDEO = new Uint8Array(64 * 1024).map((_, index) => (index * 31) % 251);
const FAST = { pollIntervalMs: 10, timeoutMs: 5_000 };

let servers: Awaited<ReturnType<typeof startUploadServers>> | undefined;
afterEach(async () => {
  await servers?.close();
  servers = undefined;
});

/** A client that sends the bearer token from middleware, the way `session.middleware()` does. */
async function setup(options: UploadServersOptions = {}, fetch?: (input: Request) => Promise<Response>) {
  servers = await startUploadServers(options);
  const client = createPinterestClient({ baseUrl: servers.baseUrl, ...(fetch ? { fetch } : {}) });
  client.use({
    onRequest: ({ request }) => {
      request.headers.set("Authorization", `Bearer ${TOKEN}`);
      return request;
    },
  });
  return { client, servers };
}

describe("uploadMedia", () => {
  test("registers, uploads every upload_parameters field in order with the file last, polls to succeeded", async () => {
    const { client, servers } = await setup({ statuses: ["registered", "processing", "succeeded"] });
    const progress: MediaUploadProgress[] = [];
    const mediaId = await uploadMedia(client, {
      file: new File([VIDEO], "clip.mp4", { type: "video/mp4" }),
      onProgress: (event) => progress.push(event),
      ...FAST,
    });

    expect(mediaId).toBe(MEDIA_ID);
    const [register] = servers.api;
    expect(register).toMatchObject({ method: "POST", url: "/v5/media" });
    expect(JSON.parse(register?.body ?? "")).toEqual({ media_type: "video" });
    expect(register?.headers.authorization).toBe(`Bearer ${TOKEN}`);

    expect(servers.uploads).toHaveLength(1);
    const [upload] = servers.uploads;
    expect(upload?.parts.map((part) => part.name)).toEqual([...Object.keys(UPLOAD_PARAMETERS), "file"]);
    expect(upload?.parts.slice(0, -1)).toEqual(Object.entries(UPLOAD_PARAMETERS).map(([name, value]) => ({ name, value })));
    expect(upload?.parts.at(-1)).toEqual({ name: "file", fileName: "clip.mp4", type: "video/mp4", sha256: sha256(VIDEO) });
    expect(upload?.headers.authorization).toBeUndefined();
    expect(upload?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    // S3 refuses chunked uploads: the length must be known up front.
    expect(upload?.headers["transfer-encoding"]).toBeUndefined();
    expect(Number(upload?.headers["content-length"])).toBeGreaterThan(VIDEO.byteLength);

    expect(servers.polls().map((poll) => [poll.url, poll.headers.authorization])).toEqual([
      [`/v5/media/${MEDIA_ID}`, `Bearer ${TOKEN}`],
      [`/v5/media/${MEDIA_ID}`, `Bearer ${TOKEN}`],
      [`/v5/media/${MEDIA_ID}`, `Bearer ${TOKEN}`],
    ]);
    expect(progress).toEqual([
      { stage: "upload", mediaId: MEDIA_ID, bytesSent: 0, totalBytes: VIDEO.byteLength },
      { stage: "upload", mediaId: MEDIA_ID, bytesSent: VIDEO.byteLength, totalBytes: VIDEO.byteLength },
      { stage: "processing", mediaId: MEDIA_ID, status: "registered" },
      { stage: "processing", mediaId: MEDIA_ID, status: "processing" },
      { stage: "processing", mediaId: MEDIA_ID, status: "succeeded" },
    ]);
  });

  const files: [string, { given: () => Blob | Uint8Array; want: { fileName: string; type: string } }][] = [
    ["a Uint8Array", { given: () => VIDEO, want: { fileName: "video", type: "application/octet-stream" } }],
    [
      "a Blob without a name",
      { given: () => new Blob([VIDEO], { type: "video/quicktime" }), want: { fileName: "video", type: "video/quicktime" } },
    ],
  ];
  test.each(files)("uploads %s as the file part", async (_name, { given, want }) => {
    const { client, servers } = await setup({ statuses: ["succeeded"] });
    await expect(uploadMedia(client, { file: given(), ...FAST })).resolves.toBe(MEDIA_ID);
    expect(servers.uploads[0]?.parts.at(-1)).toEqual({ name: "file", ...want, sha256: sha256(VIDEO) });
  });

  test("sends the upload through options.fetch, without the client's headers; Pinterest's calls through the client", async () => {
    const seen: string[] = [];
    const { client, servers } = await setup({ statuses: ["succeeded"] }, (request) => {
      seen.push(`client ${request.method} ${new URL(request.url).pathname}`);
      return fetch(request);
    });
    await uploadMedia(client, {
      file: VIDEO,
      ...FAST,
      fetch: (request) => {
        seen.push(`upload ${request.method} ${request.url === servers.uploadUrl ? "upload host" : request.url}`);
        return fetch(request);
      },
    });
    expect(seen).toEqual(["client POST /v5/media", "upload POST upload host", `client GET /v5/media/${MEDIA_ID}`]);
    expect(servers.uploads[0]?.headers.authorization).toBeUndefined();
  });

  test("rejects with media_failed when processing fails, after the file was uploaded", async () => {
    const { client, servers } = await setup({ statuses: ["processing", "failed"] });
    const error = await uploadMedia(client, { file: VIDEO, ...FAST }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MediaUploadError);
    expect(error).toMatchObject({ kind: "media_failed", mediaId: MEDIA_ID, mediaStatus: "failed" });
    expect(servers.uploads).toHaveLength(1);
    expect(servers.polls()).toHaveLength(2);
  });

  test("rejects with timeout when processing outlasts timeoutMs, naming the last status", async () => {
    const { client, servers } = await setup({ statuses: ["processing"] });
    const error = await uploadMedia(client, { file: VIDEO, pollIntervalMs: 20, timeoutMs: 300 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(MediaUploadError);
    expect(error).toMatchObject({ kind: "timeout", mediaId: MEDIA_ID, mediaStatus: "processing" });
    expect((error as Error).message).toContain(`GET /media/${MEDIA_ID}`);
    expect(servers.polls().length).toBeGreaterThanOrEqual(1);
  });

  test("an abort while polling rejects with PinterestApiError aborted and stops polling", async () => {
    const { client, servers } = await setup({ statuses: ["processing"] });
    const controller = new AbortController();
    const reason = new Error("user cancelled");
    const upload = uploadMedia(client, {
      file: VIDEO,
      signal: controller.signal,
      pollIntervalMs: 10,
      timeoutMs: 60_000,
      onProgress: (event) => {
        if (event.stage === "processing") controller.abort(reason);
      },
    });
    const error = await upload.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PinterestApiError);
    expect(error).toMatchObject({ kind: "aborted", operation: "GET /media/{media_id}", cause: { message: "user cancelled" } });
    const polls = servers.polls().length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(servers.polls()).toHaveLength(polls);
  });

  test("an already aborted signal sends nothing", async () => {
    const { client, servers } = await setup();
    const reason = new Error("aborted before start");
    const error = await uploadMedia(client, { file: VIDEO, signal: AbortSignal.abort(reason) }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ kind: "aborted", operation: "POST /media", cause: { message: "aborted before start" } });
    expect(servers.api).toEqual([]);
  });

  test("an upload host refusal is upload_failed with S3's code and message, the policy and signature removed", async () => {
    const signed = ["policy", "x-amz-signature", "x-amz-security-token", "x-amz-credential"].map(
      (name) => UPLOAD_PARAMETERS[name] ?? "",
    );
    const echoed = `Invalid according to Policy: ${signed.join(" ")}`;
    const { client, servers } = await setup({
      uploadReply: {
        status: 403,
        body: `<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message>${echoed}</Message></Error>`,
      },
    });
    const error = await uploadMedia(client, { file: VIDEO, ...FAST }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MediaUploadError);
    expect(error).toMatchObject({ kind: "upload_failed", status: 403, hostCode: "AccessDenied", mediaId: MEDIA_ID });
    const shown = `${(error as Error).message} ${JSON.stringify(error)} ${inspect(error, { depth: 5 })}`;
    expect(shown).toContain("Invalid according to Policy");
    for (const secret of [...signed, TOKEN]) expect(shown).not.toContain(secret);
    expect(servers.polls()).toEqual([]);
  });

  test("an abort during the upload rejects with PinterestApiError aborted; nothing is polled", async () => {
    const controller = new AbortController();
    const { client, servers } = await setup();
    const error = await uploadMedia(client, {
      file: VIDEO,
      signal: controller.signal,
      ...FAST,
      // Abort as the upload request leaves, so the fetch itself sees the signal fire.
      fetch: (request) => {
        controller.abort(new Error("stop the upload"));
        return fetch(request);
      },
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "aborted", operation: "POST upload_url", cause: { message: "stop the upload" } });
    expect(servers.polls()).toEqual([]);
  });

  test("an unreachable upload host is upload_failed with the cause kept", async () => {
    const { client, servers } = await setup({ uploadUrl: "http://127.0.0.1:1/" });
    const error = await uploadMedia(client, { file: VIDEO, ...FAST }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "upload_failed", status: undefined, mediaId: MEDIA_ID });
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(servers.polls()).toEqual([]);
  });

  const registrations: [string, { given: UploadServersOptions; want: RegExp }][] = [
    ["an http: upload_url off loopback", { given: { uploadUrl: "http://uploads.example.com/" }, want: /https: upload_url/ }],
    [
      "no upload_url",
      { given: { registerReply: { status: 201, body: { media_id: MEDIA_ID, media_type: "video" } } }, want: /upload_url/ },
    ],
    ["no media_id", { given: { registerReply: { status: 201, body: { media_type: "video" } } }, want: /media_id/ }],
    [
      "a non-string upload parameter",
      {
        given: {
          registerReply: {
            status: 201,
            body: { media_id: MEDIA_ID, upload_url: "https://u.example/", upload_parameters: { key: 1 } },
          },
        },
        want: /upload_parameters\["key"\]/,
      },
    ],
  ];
  test.each(registrations)("a registration with %s is invalid_response, nothing uploaded", async (_name, { given, want }) => {
    const { client, servers } = await setup(given);
    const error = await uploadMedia(client, { file: VIDEO, ...FAST }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "invalid_response" });
    expect((error as Error).message).toMatch(want);
    expect(servers.uploads).toEqual([]);
  });

  test("a refused registration is a PinterestApiError naming POST /media, with nothing uploaded", async () => {
    const { client, servers } = await setup({
      registerReply: { status: 401, body: { code: 2, message: "Authentication failed." } },
    });
    const error = await uploadMedia(client, { file: VIDEO, ...FAST }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PinterestApiError);
    expect(error).toMatchObject({ kind: "unauthorized", status: 401, code: 2, operation: "POST /media" });
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(servers.uploads).toEqual([]);
  });

  test("a failed poll is a PinterestApiError naming GET /media/{media_id}", async () => {
    const { client, servers } = await setup({ statuses: ["processing", "HTTP 404"] });
    const error = await uploadMedia(client, { file: VIDEO, ...FAST }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PinterestApiError);
    expect(error).toMatchObject({ kind: "not_found", status: 404, operation: "GET /media/{media_id}" });
    expect(servers.polls()).toHaveLength(2);
  });

  const badInput: [string, { given: unknown; want: RegExp }][] = [
    ["no options", { given: undefined, want: /options object/ }],
    [
      "a string file",
      { given: { file: "video.mp4" }, want: /options\.file must be a Blob or a Uint8Array, got a string.*fileFromPath/ },
    ],
    ["an empty file", { given: { file: new Uint8Array(0) }, want: /options\.file is empty/ }],
    [
      "a zero pollIntervalMs",
      { given: { file: VIDEO, pollIntervalMs: 0 }, want: /options\.pollIntervalMs must be a number of milliseconds ≥ 1, got 0/ },
    ],
    [
      "an infinite timeoutMs",
      {
        given: { file: VIDEO, timeoutMs: Number.POSITIVE_INFINITY },
        want: /options\.timeoutMs must be a number of milliseconds ≥ 1, got Infinity/,
      },
    ],
    ["a non-function onProgress", { given: { file: VIDEO, onProgress: "log" }, want: /options\.onProgress must be a function/ }],
    ["a non-signal signal", { given: { file: VIDEO, signal: {} }, want: /options\.signal must be an AbortSignal/ }],
    [
      "a non-function fetch",
      { given: { file: VIDEO, fetch: "https://proxy" }, want: /options\.fetch must be a fetch function, got a string/ },
    ],
  ];
  test.each(badInput)("%s is a TypeError before any request", async (_name, { given, want }) => {
    const { client, servers } = await setup();
    // biome-ignore lint/suspicious/noExplicitAny: the point is input the types forbid
    const error = await uploadMedia(client, given as any).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(want);
    expect(servers.api).toEqual([]);
  });

  test("a missing client is a TypeError", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the point is input the types forbid
    await expect(uploadMedia(undefined as any, { file: VIDEO })).rejects.toThrow(/needs the client from createPinterestClient/);
  });
});
