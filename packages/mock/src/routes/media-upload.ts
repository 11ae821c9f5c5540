import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { MockContext, MockRequest } from "../context.js";
import { send } from "../http/respond.js";
import {
  missingField,
  policyConditionFailed,
  postResponseXml,
  S3_ERRORS,
  type S3Error,
  sendS3Error,
} from "../uploads/s3-errors.js";
import { readPolicy, UPLOAD_BUCKET, UPLOAD_PATH, type UploadParameters } from "../uploads/upload-policy.js";

const SIGNED_FIELDS: readonly (keyof UploadParameters)[] = [
  "x-amz-date",
  "x-amz-signature",
  "x-amz-security-token",
  "x-amz-algorithm",
  "key",
  "policy",
  "x-amz-credential",
  "Content-Type",
];

/**
 * The `upload_url` of `POST /v5/media`: an S3-style POST Object endpoint (Amazon S3 API
 * "POST Object"). It refuses a Pinterest `Authorization` header (the form's policy is the only
 * credential), needs `multipart/form-data` with every `upload_parameters` field as issued and the
 * `file` last, at most `maxUploadBytes`; then answers 204 (or 201 with XML / 200, per
 * `success_action_status`) and the media starts `processing` on the mock's clock.
 */
export function mediaUpload(request: MockRequest, response: ServerResponse, context: MockContext): void {
  const contentType = request.headers["content-type"] ?? "";
  const refusal =
    request.headers.authorization !== undefined
      ? S3_ERRORS.authorizationHeader
      : /^multipart\/form-data\s*;\s*boundary=/i.test(contentType)
        ? undefined
        : S3_ERRORS.notMultipart;
  if (refusal !== undefined) {
    sendS3Error(response, refusal);
    return;
  }
  new Response(new Uint8Array(request.body), { headers: { "content-type": contentType } })
    .formData()
    .then((form) => accept(form, request, response, context))
    .catch(() => sendS3Error(response, S3_ERRORS.malformedForm));
}

function accept(form: FormData, request: MockRequest, response: ServerResponse, context: MockContext): void {
  const checked = check(form, context);
  if ("status" in checked) {
    sendS3Error(response, checked);
    return;
  }
  const { media, file } = checked;
  media.uploadedAt = context.now();
  media.status = "processing";
  media.size = file.size;
  media.willFail = request.mediaFailed === true;
  const etag = `"${createHash("md5").update(String(file.size)).update(media.media_id).digest("hex")}"`;
  const key = String(form.get("key"));
  const status = String(form.get("success_action_status") ?? "204");
  if (status === "201") {
    const location = `${context.origin()}${UPLOAD_PATH}${encodeURIComponent(key)}`;
    send(response, 201, postResponseXml(location, UPLOAD_BUCKET, key, etag), { "Content-Type": "application/xml", ETag: etag });
  } else {
    send(response, status === "200" ? 200 : 204, "", { ETag: etag });
  }
}

function check(form: FormData, context: MockContext) {
  const entries = [...form.entries()];
  const fileAt = entries.findIndex(([name]) => name === "file");
  if (fileAt === -1 || !(entries[fileAt]?.[1] instanceof Blob)) return S3_ERRORS.noFile as S3Error;
  if (fileAt !== entries.length - 1) return S3_ERRORS.fileNotLast as S3Error;
  for (const name of SIGNED_FIELDS) if (typeof form.get(name) !== "string") return missingField(name);
  const policyText = String(form.get("policy"));
  if (!context.uploads.verify(policyText, String(form.get("x-amz-signature")))) return S3_ERRORS.signature as S3Error;
  const policy = readPolicy(policyText);
  if (policy === undefined) return S3_ERRORS.signature as S3Error;
  if (context.now() > policy.expiresAt) return S3_ERRORS.expired as S3Error;
  if (form.get("key") !== policy.key) return policyConditionFailed("key");
  const file = entries[fileAt]?.[1] as Blob;
  if (file.size > policy.maxBytes) return S3_ERRORS.tooLarge as S3Error;
  if (file.size === 0) return S3_ERRORS.tooSmall as S3Error;
  const mediaId = /^uploads\/(\d+)\.mp4$/.exec(policy.key)?.[1] ?? "";
  const media = context.state.media.get(mediaId);
  if (media === undefined) return policyConditionFailed("key");
  if (media.uploadedAt !== undefined) return S3_ERRORS.alreadyUploaded as S3Error;
  return { media, file };
}
