import type { PinterestClient } from "../bare-client.js";
import { transportError } from "../errors/transport-error.js";
import { unwrap } from "../unwrap.js";
import { MediaUploadError } from "./media-upload-error.js";
import { assertUploadUrl, sendToUploadHost } from "./send-to-upload-host.js";
import { encodeUploadForm, type UploadForm } from "./upload-form.js";
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
 * Pinterest API errors and an abort reject with `PinterestApiError` (kind `aborted` for the signal),
 * the upload host and processing with {@link MediaUploadError}.
 */
export function uploadMedia(client: PinterestClient, options: UploadMediaOptions): Promise<string> {
  return uploadMediaWith(client, options, { streamBody: false });
}

/** How the file goes to the upload host: the Node subpath streams it, when fetch is Node's own. */
export interface UploadTransport {
  /** Stream the body to report progress while it is sent (needs a fetch that keeps `Content-Length` on a stream). */
  streamBody: boolean;
}

/** {@link uploadMedia} with the transport chosen by the entry point. */
export async function uploadMediaWith(
  client: PinterestClient,
  options: UploadMediaOptions,
  transport: UploadTransport,
): Promise<string> {
  if (client === null || typeof client !== "object" || typeof (client as Partial<PinterestClient>).POST !== "function") {
    throw new TypeError("uploadMedia(client, options) needs the client from createPinterestClient() as its first argument.");
  }
  assertUploadMediaOptions(options);
  const { signal, onProgress } = options;
  const file = toBlob(options.file);
  if (signal?.aborted) throw abortedError(signal, "POST /media");

  const registered = await unwrap(client.POST("/media", { body: { media_type: "video" }, signal })).catch(
    abortedOr(signal, "POST /media"),
  );
  const { media_id: mediaId, upload_url: uploadUrl, upload_parameters: uploadParameters } = registered;
  if (typeof mediaId !== "string" || mediaId === "") {
    throw new MediaUploadError("POST /media answered without a media_id.", { kind: "invalid_response" });
  }
  assertUploadUrl(uploadUrl, mediaId);
  if (uploadParameters === null || typeof uploadParameters !== "object") {
    throw new MediaUploadError("POST /media answered without upload_parameters.", { kind: "invalid_response", mediaId });
  }

  let form: UploadForm;
  try {
    form = encodeUploadForm(uploadParameters, file);
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
    uploadParameters,
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    signal,
    onFileBytes:
      transport.streamBody && options.fetch === undefined
        ? (bytesSent) => onProgress?.({ stage: "upload", mediaId, bytesSent, totalBytes: file.size })
        : undefined,
  });
  onProgress?.({ stage: "upload", mediaId, bytesSent: file.size, totalBytes: file.size });

  await waitForMedia({
    mediaId,
    signal,
    onProgress,
    pollIntervalMs: options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
    timeoutMs: options.timeoutMs ?? DEFAULT_PROCESSING_TIMEOUT_MS,
    getStatus: async (pollSignal) => {
      const call = client.GET("/media/{media_id}", { params: { path: { media_id: mediaId } }, signal: pollSignal });
      const media = await unwrap(call).catch(abortedOr(signal, "GET /media/{media_id}"));
      return media.status;
    },
  });
  return mediaId;
}

/** The client's error for an aborted call (`PinterestApiError`, kind `aborted`, the reason as its cause). */
function abortedError(signal: AbortSignal, operation: string): Error {
  return transportError(signal.reason, { operation, callerAborted: true });
}

/** A rejection handler: an abort becomes {@link abortedError}, anything else passes through. */
function abortedOr(signal: AbortSignal | undefined, operation: string) {
  return (error: unknown): never => {
    throw signal?.aborted ? abortedError(signal, operation) : error;
  };
}
