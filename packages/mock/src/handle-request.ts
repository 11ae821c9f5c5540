import type { IncomingMessage, ServerResponse } from "node:http";
import { matchOperation } from "./api/operation-table.js";
import type { MockContext, MockRequest } from "./context.js";
import { applyFault } from "./faults/apply-fault.js";
import type { Fault } from "./faults/fault.js";
import type { FaultQueue } from "./faults/fault-queue.js";
import { parseForm } from "./http/form.js";
import { isFormRequest } from "./http/media-type.js";
import { readBody } from "./http/read-body.js";
import { sendError } from "./http/respond.js";
import { redactFields, redactHeaders } from "./record/redact.js";
import type { RecordedRequest, RequestLog } from "./record/request-log.js";
import { route } from "./routes/router.js";
import { S3_ERRORS, sendS3Error } from "./uploads/s3-errors.js";
import { UPLOAD_PATH } from "./uploads/upload-policy.js";

/** Room for the multipart boundaries and the upload parameters around the file itself. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export interface RequestHandlerDeps {
  context: MockContext;
  faults: FaultQueue;
  log: RequestLog;
  /** Wait `ms`; resolves false instead when the mock shuts down first. */
  wait: (ms: number) => Promise<boolean>;
  /** Called before each request so expired entries are purged lazily. */
  beforeRequest: (now: number) => void;
}

/**
 * One request from arrival to answer: read the body (at most 64 KiB; uploads up to
 * `maxUploadBytes` and their form), record it with secrets
 * redacted, apply a queued fault if one matches, otherwise route it. Nothing a client sends makes
 * this throw; an unexpected failure becomes a 500 in Pinterest's shape.
 */
export async function handleRequest(
  incoming: IncomingMessage,
  response: ServerResponse,
  deps: RequestHandlerDeps,
): Promise<void> {
  response.on("error", () => {}); // a peer that vanished mid-answer is not the mock's problem
  try {
    const now = deps.context.now();
    deps.beforeRequest(now);
    const target = splitTarget(incoming.url ?? "");
    const upload = target?.path === UPLOAD_PATH;
    const body = await readBody(incoming, upload ? deps.context.options.maxUploadBytes + MULTIPART_OVERHEAD_BYTES : undefined);
    if (body.kind === "aborted") return;
    const form = body.kind === "ok" && isFormRequest(incoming.headers) ? parseForm(body.bytes) : undefined;
    const entry = deps.log.add(record(incoming, target, form, now));
    response.on("finish", () => {
      entry.status = response.statusCode;
    });
    const path = target?.path ?? "";
    const matched = matchOperation(incoming.method ?? "", path);
    const category = matched.kind === "operation" ? matched.operation.rateLimitCategory : null;
    const fault: Fault | undefined = deps.faults.take({ path, category, upload });
    let mediaFailed = false;
    if (fault !== undefined) {
      entry.fault = fault.type;
      if (fault.type === "media-failed") mediaFailed = true;
      else if (fault.type !== "delay") return applyFault(fault, path, response);
      else if (!(await deps.wait(fault.ms))) {
        response.destroy();
        return;
      }
    }
    if (body.kind === "too-large") {
      incoming.resume(); // drain what is left so the client can read the answer
      if (upload) return sendS3Error(response, S3_ERRORS.tooLarge, { Connection: "close" });
      return sendError(response, "payloadTooLarge", { Connection: "close" });
    }
    if (target === undefined) return sendError(response, "malformedRequest");
    const request: MockRequest = {
      method: incoming.method ?? "",
      ...target,
      headers: incoming.headers,
      body: body.bytes,
      form,
      mediaFailed,
    };
    route(request, response, deps.context);
  } catch {
    if (!response.headersSent) sendError(response, "internal");
    else response.destroy();
  }
}

/** Path and query of an origin-form target ("/path?query") or an absolute-form one (RFC 9112 §3.2). */
function splitTarget(target: string): { path: string; search: string } | undefined {
  if (target.startsWith("/")) {
    const question = target.indexOf("?");
    return question === -1
      ? { path: target, search: "" }
      : { path: target.slice(0, question), search: target.slice(question + 1) };
  }
  if (!/^https?:\/\//i.test(target) || !URL.canParse(target)) return undefined;
  const url = new URL(target);
  return { path: url.pathname, search: url.search.slice(1) };
}

function record(
  incoming: IncomingMessage,
  target: { path: string; search: string } | undefined,
  form: ReturnType<typeof parseForm> | undefined,
  now: number,
): RecordedRequest {
  const query = Object.fromEntries(new URLSearchParams(target?.search ?? ""));
  const entry: RecordedRequest = {
    method: incoming.method ?? "",
    path: target?.path ?? incoming.url ?? "",
    query: redactFields(query),
    headers: redactHeaders(incoming.headers),
    receivedAt: now,
  };
  if (form?.ok) entry.form = redactFields(form.fields);
  return entry;
}
