import type { components } from "../generated/schema.js";
import { assertDuration, assertOptionalSignal, describeValue } from "../validate.js";

/** Where an upload is, as reported to `onProgress`. */
export type MediaUploadProgress =
  /**
   * Bytes of the file sent to the upload host: `0` before the request, `totalBytes` once the host
   * accepted it, and in between about every 1% where the body is streamed (`uploadMediaFromPath` on
   * Node's fetch). A `Blob` body goes out whole: fetch reports no progress on it.
   */
  | { stage: "upload"; mediaId: string; bytesSent: number; totalBytes: number }
  /** Pinterest's processing status at each `GET /media/{media_id}`. */
  | { stage: "processing"; mediaId: string; status: MediaProcessingStatus };

/** The spec's `MediaUploadStatus`: `registered`, `processing`, `succeeded` or `failed`. */
export type MediaProcessingStatus = components["schemas"]["MediaUploadStatus"];

/** Options of {@link uploadMedia}. */
export interface UploadMediaOptions {
  /** The video: a `Blob` (or `File`) or its bytes. From a path on Node: `@pinterest-kit/client/node`. */
  file: Blob | Uint8Array;
  /** Aborts the upload or the wait for processing: the promise rejects with a `PinterestApiError` of kind `aborted`. */
  signal?: AbortSignal;
  onProgress?: (progress: MediaUploadProgress) => void;
  /** The first wait before `GET /media/{media_id}`; each next one is 1.5× longer, up to 15 s. Default 2000. */
  pollIntervalMs?: number;
  /** How long to wait for processing after the upload, in milliseconds. Default 600000 (10 minutes). */
  timeoutMs?: number;
  /**
   * The `fetch` for the upload host only (tests, proxies); default the global one. Pinterest's own
   * calls go through the client. The client's `fetch` is not reused: openapi-fetch does not expose it.
   */
  fetch?: (input: Request) => Promise<Response>;
}

export const DEFAULT_POLL_INTERVAL_MS = 2_000;
export const DEFAULT_PROCESSING_TIMEOUT_MS = 600_000;

/** Checks run before any request: a `TypeError` names the option and what it should be. */
export function assertUploadMediaOptions(options: unknown): asserts options is UploadMediaOptions {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(
      "uploadMedia(client, options) takes an options object: { file, signal?, onProgress?, pollIntervalMs?, timeoutMs?, fetch? }.",
    );
  }
  const { file, signal, onProgress, pollIntervalMs, timeoutMs, fetch } = options as Record<string, unknown>;
  if (!(file instanceof Blob) && !(file instanceof Uint8Array)) {
    throw new TypeError(
      `uploadMedia options.file must be a Blob or a Uint8Array, got ${describeValue(file)}; on Node, read a path with fileFromPath() from @pinterest-kit/client/node.`,
    );
  }
  if ((file instanceof Blob ? file.size : file.byteLength) === 0)
    throw new TypeError("uploadMedia options.file is empty (0 bytes).");
  assertOptionalSignal(signal, "uploadMedia options.signal");
  if (onProgress !== undefined && typeof onProgress !== "function") {
    throw new TypeError(`uploadMedia options.onProgress must be a function, got ${describeValue(onProgress)}.`);
  }
  if (fetch !== undefined && typeof fetch !== "function") {
    throw new TypeError(`uploadMedia options.fetch must be a fetch function, got ${describeValue(fetch)}.`);
  }
  if (pollIntervalMs !== undefined) assertDuration(pollIntervalMs, "uploadMedia options.pollIntervalMs", { min: 1 });
  if (timeoutMs !== undefined) assertDuration(timeoutMs, "uploadMedia options.timeoutMs", { min: 1 });
}

/** The file as a `Blob`, without copying a `Blob` (or `File`) that already is one. */
export function toBlob(file: Blob | Uint8Array): Blob {
  return file instanceof Blob ? file : new Blob([file as Uint8Array<ArrayBuffer>]);
}
