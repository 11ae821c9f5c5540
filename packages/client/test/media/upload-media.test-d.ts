import { describe, expectTypeOf, test } from "vitest";
import { createPinterestClient, type MediaUploadProgress, uploadMedia } from "../../src/index.js";
import { fileFromPath, uploadMediaFromPath } from "../../src/node/index.js";

const client = createPinterestClient();

describe("uploadMedia types", () => {
  test("resolves with the media id that POST /pins takes as a video_id source", async () => {
    expectTypeOf(uploadMedia(client, { file: new Blob([]) })).toEqualTypeOf<Promise<string>>();
    const mediaId = await uploadMedia(client, { file: new Uint8Array(1) });
    void client.POST("/pins", { body: { board_id: "1", media_source: { source_type: "video_id", media_id: mediaId } } });
  });

  test("file is a Blob or bytes; a path goes through the node subpath", () => {
    // @ts-expect-error a path string is not a file in the web-only entry
    void uploadMedia(client, { file: "video.mp4" });
    // @ts-expect-error file is required
    void uploadMedia(client, {});
    expectTypeOf(fileFromPath("video.mp4")).toEqualTypeOf<Promise<File>>();
    expectTypeOf(uploadMediaFromPath(client, "video.mp4", { timeoutMs: 1 })).toEqualTypeOf<Promise<string>>();
  });

  test("progress narrows by stage", () => {
    const onProgress = (progress: MediaUploadProgress) => {
      if (progress.stage === "upload") expectTypeOf(progress.bytesSent).toBeNumber();
      else expectTypeOf(progress.status).toEqualTypeOf<"registered" | "processing" | "succeeded" | "failed">();
    };
    void uploadMedia(client, { file: new Blob([]), onProgress });
  });
});
