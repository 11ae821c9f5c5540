import { transportError } from "../errors/transport-error.js";
import { sleep } from "../retry/sleep.js";
import { MediaUploadError } from "./media-upload-error.js";
import type { MediaProcessingStatus, MediaUploadProgress } from "./upload-options.js";

export interface WaitForMediaOptions {
  mediaId: string;
  /** One `GET /media/{media_id}`: the media's `status` (absent while Pinterest has none yet). */
  getStatus: (signal: AbortSignal | undefined) => Promise<MediaProcessingStatus | undefined>;
  pollIntervalMs: number;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  onProgress: ((progress: MediaUploadProgress) => void) | undefined;
}

const BACKOFF_FACTOR = 1.5;
const MAX_POLL_INTERVAL_MS = 15_000;

/**
 * Poll `GET /media/{media_id}` (Pinterest API v5, "Get media upload details") until processing
 * ends: waits of `pollIntervalMs`, each 1.5× the last up to 15 s, never past the deadline.
 * Resolves on `succeeded`; `failed` and the deadline reject with a {@link MediaUploadError}.
 */
export async function waitForMedia(options: WaitForMediaOptions): Promise<void> {
  const { mediaId, signal } = options;
  const deadline = Date.now() + options.timeoutMs;
  let interval = options.pollIntervalMs;
  let status: MediaProcessingStatus | undefined;
  for (;;) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      throw new MediaUploadError(
        `Video ${mediaId} was still ${status ?? "unprocessed"} after ${options.timeoutMs} ms; look again with GET /media/${mediaId}.`,
        { kind: "timeout", mediaId, mediaStatus: status },
      );
    }
    await sleep(Math.min(interval, remaining), signal);
    if (signal?.aborted) throw transportError(signal.reason, { operation: "GET /media/{media_id}", callerAborted: true });
    interval = nextPollInterval(interval, options.pollIntervalMs);
    status = await options.getStatus(signal);
    if (status !== undefined) options.onProgress?.({ stage: "processing", mediaId, status });
    if (status === "succeeded") return;
    if (status === "failed") {
      throw new MediaUploadError(`Pinterest failed to process video ${mediaId}.`, {
        kind: "media_failed",
        mediaId,
        mediaStatus: status,
      });
    }
  }
}

/** The wait after one of `interval`: 1.5× longer, capped at 15 s, never below the first (which may exceed the cap). */
export function nextPollInterval(interval: number, first: number): number {
  return Math.max(first, Math.min(interval * BACKOFF_FACTOR, MAX_POLL_INTERVAL_MS));
}
