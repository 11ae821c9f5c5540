import { createRedactor, type Redactor, redactCause } from "../errors/redact.js";
import { transportError } from "../errors/transport-error.js";
import { MediaUploadError } from "./media-upload-error.js";
import type { UploadForm } from "./upload-form.js";

export interface UploadHostRequest {
  mediaId: string;
  uploadUrl: string;
  form: UploadForm;
  /** `upload_parameters`, whose signed values are kept out of any error the host's answer turns into. */
  uploadParameters: Readonly<Record<string, unknown>>;
  fetch: (input: Request) => Promise<Response>;
  signal: AbortSignal | undefined;
  /**
   * Stream the body with an explicit `Content-Length` and report the file bytes read into the
   * connection. Only where fetch sends a stream with the given length instead of chunked (Node's);
   * elsewhere the body is a `Blob`, whose length fetch knows but whose progress it does not report.
   */
  onFileBytes?: ((bytesSent: number) => void) | undefined;
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** `upload_url` must be `https:` (`http:` only on loopback, for local test servers): the file and the policy go there. */
export function assertUploadUrl(value: unknown, mediaId: string): asserts value is string {
  let url: URL | undefined;
  try {
    url = typeof value === "string" ? new URL(value) : undefined;
  } catch {}
  if (url?.protocol === "https:" || (url?.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname))) return;
  throw new MediaUploadError("POST /media answered without an https: upload_url.", { kind: "invalid_response", mediaId });
}

/**
 * POST the form to the upload host with a plain `fetch`: not through the client and its middleware,
 * so no `Authorization` header (the host authenticates the request by the signed policy in the form)
 * and no Pinterest retry. S3 answers 204 (or 200/201) on success and an XML `<Error>` otherwise.
 */
export async function sendToUploadHost(request: UploadHostRequest): Promise<void> {
  const { mediaId, signal } = request;
  const redact = uploadRedactor(request.uploadParameters);
  let response: Response;
  try {
    response = await request.fetch(uploadRequest(request));
  } catch (error) {
    if (signal?.aborted) throw transportError(signal.reason, { operation: "POST upload_url", callerAborted: true });
    throw new MediaUploadError("The upload host could not be reached.", {
      kind: "upload_failed",
      mediaId,
      cause: redactCause(error, redact),
    });
  }
  const text = await response.text().catch(() => "");
  if (response.ok) return;
  const hostCode = xmlElement(text, "Code");
  const message = xmlElement(text, "Message");
  const hostMessage = message === undefined ? undefined : redact(message);
  const reason = [hostCode, hostMessage].filter(Boolean).join(": ");
  throw new MediaUploadError(`The upload host refused the file with HTTP ${response.status}${reason ? ` (${reason})` : ""}.`, {
    kind: "upload_failed",
    mediaId,
    status: response.status,
    hostCode,
    hostMessage,
  });
}

function uploadRequest({ uploadUrl, form, signal, onFileBytes }: UploadHostRequest): Request {
  const init = { method: "POST", signal, redirect: "error" } as const;
  if (!onFileBytes) return new Request(uploadUrl, { ...init, body: form.body, headers: { "content-type": form.contentType } });
  const headers = { "content-type": form.contentType, "content-length": String(form.body.size) };
  const body = form.body.stream().pipeThrough(countFileBytes(form, onFileBytes));
  // `duplex: "half"` is how fetch takes a stream body (WHATWG Fetch, "RequestInit"); not yet in TS's lib.
  return new Request(uploadUrl, { ...init, body, headers, duplex: "half" } as RequestInit);
}

/** Pass the body through, reporting file bytes in steps of at least 1% (at most ~100 reports). */
function countFileBytes(form: UploadForm, onFileBytes: (bytesSent: number) => void): TransformStream<Uint8Array, Uint8Array> {
  const { fileOffset, fileSize } = form;
  const step = Math.max(1, Math.ceil(fileSize / 100));
  let read = 0;
  let reported = 0;
  return new TransformStream({
    transform(chunk, controller) {
      read += chunk.byteLength;
      const sent = Math.min(Math.max(read - fileOffset, 0), fileSize);
      // The last step is reported once the host accepted the file, not when it left.
      if (sent - reported >= step && sent < fileSize) {
        reported = sent;
        onFileBytes(sent);
      }
      controller.enqueue(chunk);
    },
  });
}

function xmlElement(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}>([^<]{1,500})</${name}>`).exec(xml);
  return match?.[1]?.trim() || undefined;
}

// Fields that are public and short enough to blank out ordinary words if redacted.
const PUBLIC_FIELDS = new Set(["content-type", "x-amz-algorithm", "x-amz-date"]);

/** S3 quotes what it checked in some errors: the policy, credential, session token and signature are removed. */
function uploadRedactor(uploadParameters: Readonly<Record<string, unknown>>): Redactor {
  const secrets = Object.entries(uploadParameters)
    .filter(([name, value]) => typeof value === "string" && !PUBLIC_FIELDS.has(name.toLowerCase()))
    .map(([, value]) => value as string);
  return createRedactor(secrets);
}
