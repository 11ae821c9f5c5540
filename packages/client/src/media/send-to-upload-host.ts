import { createRedactor, type Redactor, redactCause } from "../errors/redact.js";
import { transportError } from "../errors/transport-error.js";
import { MediaUploadError } from "./media-upload-error.js";

export interface UploadHostRequest {
  mediaId: string;
  uploadUrl: string;
  form: FormData;
  /** `upload_parameters`, whose signed values are kept out of any error the host's answer turns into. */
  uploadParameters: Readonly<Record<string, unknown>>;
  fetch: (input: Request) => Promise<Response>;
  signal: AbortSignal | undefined;
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
 * POST the form to the upload host with a bare `fetch`: not through the client and its middleware,
 * so no `Authorization` header (the host authenticates the request by the signed policy in the form)
 * and no Pinterest retry. S3 answers 204 (or 200/201) on success and an XML `<Error>` otherwise.
 */
export async function sendToUploadHost(request: UploadHostRequest): Promise<void> {
  const { mediaId, uploadUrl, form, signal } = request;
  const redact = uploadRedactor(request.uploadParameters);
  let response: Response;
  try {
    response = await request.fetch(new Request(uploadUrl, { method: "POST", body: form, signal, redirect: "error" }));
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
