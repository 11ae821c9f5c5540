import { transportError } from "../errors/transport-error.js";
import { MediaUploadError } from "./media-upload-error.js";

export interface UploadHostRequest {
  mediaId: string;
  uploadUrl: string;
  form: FormData;
  /** The values of `upload_parameters`, kept out of any error message the host's answer turns into. */
  secrets: readonly string[];
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
  const { mediaId, uploadUrl, form, secrets, signal } = request;
  let response: Response;
  try {
    response = await request.fetch(new Request(uploadUrl, { method: "POST", body: form, signal, redirect: "error" }));
  } catch (error) {
    if (signal?.aborted) throw transportError(signal.reason, { operation: "POST upload_url", callerAborted: true });
    throw new MediaUploadError("The upload host could not be reached.", { kind: "upload_failed", mediaId, cause: error });
  }
  const text = await response.text().catch(() => "");
  if (response.ok) return;
  const hostCode = xmlElement(text, "Code");
  const hostMessage = redact(xmlElement(text, "Message"), secrets);
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

/** S3 quotes the string it signed in some errors; the policy, credential and signature are removed. */
function redact(text: string | undefined, secrets: readonly string[]): string | undefined {
  if (text === undefined) return undefined;
  return secrets.filter((secret) => secret.length >= 8).reduce((result, secret) => result.split(secret).join("[redacted]"), text);
}
