import { defineInspect, inspectError } from "../errors/inspect.js";
/** Every way {@link uploadMedia} can fail outside a Pinterest API error; stable strings meant for `switch`. */
export type MediaUploadErrorKind =
  /** `POST /media` answered 2xx without a usable `media_id`, `upload_url` or `upload_parameters`. */
  | "invalid_response"
  /** The upload host refused the file (a non-2xx answer) or could not be reached. */
  | "upload_failed"
  /** Pinterest reported `status: "failed"` while processing the uploaded video. */
  | "media_failed"
  /** Processing did not reach `succeeded` or `failed` within `timeoutMs`. */
  | "timeout";

/** Fields of a {@link MediaUploadError}; none holds a token, an upload policy or a signature. */
export interface MediaUploadErrorDetails {
  kind: MediaUploadErrorKind;
  /** The media id from `POST /media`, once there is one: pass it to `GET /media/{media_id}` to look again. */
  mediaId?: string;
  /** The last processing status seen (`registered`, `processing`, `failed`…). */
  mediaStatus?: string;
  /** HTTP status of the upload host's answer. */
  status?: number;
  /** The upload host's error code (S3's `<Code>`, such as `AccessDenied` or `EntityTooLarge`). */
  hostCode?: string;
  /** The upload host's error message (S3's `<Message>`), with every upload parameter value removed. */
  hostMessage?: string;
  cause?: unknown;
}

/**
 * A video upload that failed after its input was accepted: the upload host refused the file, Pinterest
 * failed to process it, or processing outlasted `timeoutMs`. Pinterest API errors of `POST /media`
 * and `GET /media/{media_id}` are `PinterestApiError`s instead.
 */
export class MediaUploadError extends Error {
  override readonly name = "MediaUploadError";
  readonly kind: MediaUploadErrorKind;
  readonly mediaId: string | undefined;
  readonly mediaStatus: string | undefined;
  readonly status: number | undefined;
  readonly hostCode: string | undefined;
  readonly hostMessage: string | undefined;

  constructor(message: string, details: MediaUploadErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = details.kind;
    this.mediaId = details.mediaId;
    this.mediaStatus = details.mediaStatus;
    this.status = details.status;
    this.hostCode = details.hostCode;
    this.hostMessage = details.hostMessage;
    defineInspect(this, (options, inspect) => inspectError(this, options, inspect));
  }

  /** Plain fields for logs; `undefined` ones drop out of `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    const { name, kind, message, mediaId, mediaStatus, status, hostCode, hostMessage } = this;
    return { name, kind, message, mediaId, mediaStatus, status, hostCode, hostMessage };
  }
}
