import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createPinterestClient, type MediaUploadProgress } from "../../src/index.js";
import { fileFromPath, uploadMediaFromPath } from "../../src/node/index.js";
import { MEDIA_ID, sha256, startUploadServers, UPLOAD_PARAMETERS } from "../media/upload-servers.js";

let dir: string;
const VIDEO = new Uint8Array(200_000).map((_, index) => (index * 7) % 256);
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pinterest-kit-upload-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("fileFromPath", () => {
  const types: [string, { given: string; options?: { type: string }; want: string }][] = [
    ["an .mp4 file", { given: "clip.mp4", want: "video/mp4" }],
    ["a .MOV file", { given: "CLIP.MOV", want: "video/quicktime" }],
    ["an .m4v file", { given: "clip.m4v", want: "video/x-m4v" }],
    ["an unknown extension", { given: "clip.bin", want: "application/octet-stream" }],
    ["a given type", { given: "clip.bin", options: { type: "video/mp4" }, want: "video/mp4" }],
  ];
  test.each(types)("reads %s with its name, size and type", async (_name, { given, options, want }) => {
    const path = join(dir, given);
    await writeFile(path, VIDEO);
    const file = await fileFromPath(path, options);
    expect({ name: file.name, size: file.size, type: file.type }).toEqual({ name: given, size: VIDEO.byteLength, type: want });
    expect(sha256(new Uint8Array(await file.arrayBuffer()))).toBe(sha256(VIDEO));
  });

  test("takes a file: URL", async () => {
    const path = join(dir, "url.mp4");
    await writeFile(path, VIDEO);
    expect((await fileFromPath(pathToFileURL(path))).name).toBe("url.mp4");
  });

  test("a missing file rejects with the fs error (ENOENT)", async () => {
    await expect(fileFromPath(join(dir, "missing.mp4"))).rejects.toMatchObject({ code: "ENOENT" });
  });

  test("a directory is a TypeError naming it", async () => {
    await expect(fileFromPath(dir)).rejects.toThrow(/is not a regular file/);
  });

  test("a path that is not a string is a TypeError", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the point is input the types forbid
    await expect(fileFromPath(42 as any)).rejects.toThrow(/fileFromPath\(path\) needs a file path/);
  });
});

describe("uploadMediaFromPath", () => {
  test("uploads a real temp file from disk, last in the form, to succeeded", async () => {
    const servers = await startUploadServers({ statuses: ["succeeded"] });
    try {
      const path = join(dir, "holiday.mp4");
      await writeFile(path, VIDEO);
      const client = createPinterestClient({ baseUrl: servers.baseUrl, headers: { Authorization: "Bearer pina_node-test" } });
      await expect(uploadMediaFromPath(client, path, { pollIntervalMs: 10 })).resolves.toBe(MEDIA_ID);
      const parts = servers.uploads[0]?.parts ?? [];
      expect(parts.map((part) => part.name)).toEqual([...Object.keys(UPLOAD_PARAMETERS), "file"]);
      expect(parts.at(-1)).toEqual({ name: "file", fileName: "holiday.mp4", type: "video/mp4", sha256: sha256(VIDEO) });
      expect(servers.uploads[0]?.headers.authorization).toBeUndefined();
    } finally {
      await servers.close();
    }
  });

  test("with Node's own fetch, streams the file with a Content-Length and reports the bytes as they go", async () => {
    const servers = await startUploadServers({ statuses: ["succeeded"] });
    try {
      const big = new Uint8Array(4 * 1024 * 1024).map((_, index) => index % 253);
      const path = join(dir, "big.mp4");
      await writeFile(path, big);
      const client = createPinterestClient({ baseUrl: servers.baseUrl });
      const sent: number[] = [];
      const onProgress = (event: MediaUploadProgress) => {
        if (event.stage === "upload") sent.push(event.bytesSent);
      };
      await uploadMediaFromPath(client, path, { pollIntervalMs: 10, onProgress });
      expect(sent[0]).toBe(0);
      expect(sent.at(-1)).toBe(big.byteLength);
      expect(sent.length).toBeGreaterThan(2);
      expect(sent.length).toBeLessThanOrEqual(102);
      expect(sent.every((bytes, index) => index === 0 || bytes > (sent[index - 1] ?? 0))).toBe(true);
      const [upload] = servers.uploads;
      expect(upload?.headers["transfer-encoding"]).toBeUndefined();
      expect(Number(upload?.headers["content-length"])).toBeGreaterThan(big.byteLength);
      expect(upload?.parts.at(-1)).toEqual({ name: "file", fileName: "big.mp4", type: "video/mp4", sha256: sha256(big) });
    } finally {
      await servers.close();
    }
  });

  test("with options.fetch, sends the file as a Blob: progress before and after only", async () => {
    const servers = await startUploadServers({ statuses: ["succeeded"] });
    try {
      const path = join(dir, "custom-fetch.mp4");
      await writeFile(path, VIDEO);
      const client = createPinterestClient({ baseUrl: servers.baseUrl });
      const sent: number[] = [];
      await uploadMediaFromPath(client, path, {
        fetch: (request) => fetch(request),
        pollIntervalMs: 10,
        onProgress: (event) => event.stage === "upload" && sent.push(event.bytesSent),
      });
      expect(sent).toEqual([0, VIDEO.byteLength]);
      expect(servers.uploads[0]?.parts.at(-1)).toMatchObject({ name: "file", sha256: sha256(VIDEO) });
    } finally {
      await servers.close();
    }
  });
});
