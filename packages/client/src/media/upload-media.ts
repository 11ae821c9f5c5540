import { clientFetch } from "../client-fetch.js";
import type { PinterestClient } from "../create-client.js";
import { pinterestApiError } from "../errors/from-result.js";
import { MediaUploadError } from "./media-upload-error.js";
import { assertUploadUrl, sendToUploadHost } from "./send-to-upload-host.js";
import { buildUploadForm } from "./upload-form.js";
import {
  assertUploadMediaOptions,
  DEFAULT_POLL_INTERVAL_MS,
  DEFAULT_PROCESSING_TIMEOUT_MS,
  toBlob,
  type UploadMediaOptions,
} from "./upload-options.js";
import { waitForMedia } from "./wait-for-media.js";

/**
 * Upload a video the way Pinterest API v5 describes it ("Register media upload", "Get media upload
 * details"): `POST /media` with `media_type: "video"`, then the file to the returned `upload_url` as
 * an S3 POST form, then `GET /media/{media_id}` until processing succeeds. Resolves with the
 * `media_id`, ready for `POST /pins` with `media_source: { source_type: "video_id", media_id }`.
 * Pinterest API errors reject with `PinterestApiError`, the upload host and processing with
 * {@link MediaUploadError}, an abort with the signal's reason.
 */
export async function uploadMedia(client: PinterestClient, options: UploadMediaOptions): Promise<string> {
  if (client === null || typeof client !== "object" || typeof (client as Partial<PinterestClient>).POST !== "function") {
    throw new TypeError("uploadMedia(client, options) needs the client from createPinterestClient() as its first argument.");
  }
  assertUploadMediaOptions(options);
  const { signal, onProgress } = options;
  const file = toBlob(options.file);
  signal?.throwIfAborted();

  const registered = await client.POST("/media", { body: { media_type: "video" }, signal });
  if (!registered.data) throw pinterestApiError(registered, { operation: "POST /media" });
  const { media_id: mediaId, upload_url: uploadUrl, upload_parameters: uploadParameters } = registered.data;
  if (typeof mediaId !== "string" || mediaId === "") {
    throw new MediaUploadError("POST /media answered without a media_id.", { kind: "invalid_response" });
  }
  assertUploadUrl(uploadUrl, mediaId);
  if (uploadParameters === null || typeof uploadParameters !== "object") {
    throw new MediaUploadError("POST /media answered without upload_parameters.", { kind: "invalid_response", mediaId });
  }

  let form: FormData;
  try {
    form = buildUploadForm(uploadParameters, file);
  } catch (error) {
    throw new MediaUploadError(`POST /media answered with unusable upload_parameters: ${(error as Error).message}`, {
      kind: "invalid_response",
      mediaId,
    });
  }
  onProgress?.({ stage: "upload", mediaId, bytesSent: 0, totalBytes: file.size });
  await sendToUploadHost({
    mediaId,
    uploadUrl,
    form,
    secrets: Object.values(uploadParameters).filter((value): value is string => typeof value === "string"),
    fetch: clientFetch(client),
    signal,
  });
  onProgress?.({ stage: "upload", mediaId, bytesSent: file.size, totalBytes: file.size });

  await waitForMedia({
    mediaId,
    signal,
    onProgress,
    pollIntervalMs: options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
    timeoutMs: options.timeoutMs ?? DEFAULT_PROCESSING_TIMEOUT_MS,
    getStatus: async (pollSignal) => {
      const media = await client.GET("/media/{media_id}", { params: { path: { media_id: mediaId } }, signal: pollSignal });
      if (!media.data) throw pinterestApiError(media, { operation: "GET /media/{media_id}" });
      return media.data.status;
    },
  });
  return mediaId;
}
