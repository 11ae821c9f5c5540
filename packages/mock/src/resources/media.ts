import { type ApiAnswer, type ApiCall, NOT_FOUND, type OperationHandler } from "../api/answers.js";
import { pagedAnswer } from "../api/paginate.js";
import type { StoredMedia } from "../state/resource-types.js";
import { UPLOAD_PATH } from "../uploads/upload-policy.js";
import { created, ok } from "./respond.js";

/** How long an upload URL stays valid (Pinterest's are short-lived S3 policies). */
const UPLOAD_URL_TTL_MS = 60 * 60 * 1000;

/**
 * Where an upload is on the mock's clock: `registered` until its file arrives, then `processing`
 * for `processingMs`, then `succeeded` (or `failed` when a `media-failed` fault took the upload).
 */
export function mediaStatus(media: StoredMedia, now: number, processingMs: number): StoredMedia["status"] {
  if (media.uploadedAt === undefined) return "registered";
  if (now - media.uploadedAt < processingMs) return "processing";
  return media.willFail === true ? "failed" : "succeeded";
}

function mediaView(call: ApiCall): (media: StoredMedia) => unknown {
  const processingMs = call.context.options.mediaProcessingMs;
  return (media) => ({
    media_id: media.media_id,
    media_type: media.media_type,
    status: mediaStatus(media, call.now, processingMs),
  });
}

function withMedia(call: ApiCall, then: (media: StoredMedia) => ApiAnswer): ApiAnswer {
  const media = call.state.media.get(call.path.media_id ?? "");
  return media === undefined ? NOT_FOUND.media : then(media);
}

/** Media uploads (`media/*`): register, then upload to `upload_url` (see routes/media-upload.ts), then poll. */
export const mediaHandlers: Record<string, OperationHandler> = {
  "media/list": (call) => pagedAnswer(call.state.media.list(), call.query, mediaView(call)),
  "media/get": (call) => withMedia(call, (media) => ok(mediaView(call)(media))),
  "media/create": (call) => {
    const media = call.state.addMedia();
    const { uploads, origin } = call.context;
    const upload_parameters = uploads.parametersFor(
      media.media_id,
      call.now,
      call.now + UPLOAD_URL_TTL_MS,
      call.context.options.maxUploadBytes,
    );
    return created(call, {
      media_id: media.media_id,
      media_type: media.media_type,
      upload_url: `${origin()}${UPLOAD_PATH}`,
      upload_parameters,
    });
  },
};
