import type { ServerResponse } from "node:http";
import { send } from "../http/respond.js";

/** An S3 REST error (`<Error><Code>…</Code><Message>…</Message></Error>`, Amazon S3 API "Error responses"). */
export interface S3Error {
  status: number;
  code: string;
  message: string;
}

export const S3_ERRORS = {
  authorizationHeader: {
    status: 400,
    code: "InvalidArgument",
    message:
      "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified",
  },
  notMultipart: {
    status: 400,
    code: "InvalidArgument",
    message: "Bucket POST must be of the enclosure-type multipart/form-data",
  },
  malformedForm: {
    status: 400,
    code: "MalformedPOSTRequest",
    message: "The body of your POST request is not well-formed multipart/form-data.",
  },
  fileNotLast: {
    status: 400,
    code: "InvalidArgument",
    message: "The file must be the last field of the form: S3 ignores every field after it.",
  },
  noFile: { status: 400, code: "InvalidArgument", message: "POST requires exactly one file upload per request." },
  tooLarge: { status: 400, code: "EntityTooLarge", message: "Your proposed upload exceeds the maximum allowed size" },
  tooSmall: { status: 400, code: "EntityTooSmall", message: "Your proposed upload is smaller than the minimum allowed size" },
  signature: {
    status: 403,
    code: "SignatureDoesNotMatch",
    message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
  },
  expired: { status: 403, code: "AccessDenied", message: "Invalid according to Policy: Policy expired." },
  alreadyUploaded: { status: 403, code: "AccessDenied", message: "This upload URL has already received its file." },
} as const satisfies Record<string, S3Error>;

/** A missing form field, named as S3 names it. */
export function missingField(name: string): S3Error {
  return {
    status: 400,
    code: "InvalidArgument",
    message: `Bucket POST must contain a field named '${name}'.  If it is specified, please check the order of the fields.`,
  };
}

/** A field whose value differs from what the policy allows. */
export function policyConditionFailed(name: string): S3Error {
  return {
    status: 403,
    code: "AccessDenied",
    message: `Invalid according to Policy: Policy Condition failed: ["eq", "$${name}", …]`,
  };
}

const xmlEscape = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function sendS3Error(response: ServerResponse, error: S3Error, headers: Record<string, string> = {}): void {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${error.code}</Code><Message>${xmlEscape(error.message)}</Message></Error>`;
  send(response, error.status, body, { "Content-Type": "application/xml", ...headers });
}

/** The 201 body S3 sends when the form asks `success_action_status=201`. */
export function postResponseXml(location: string, bucket: string, key: string, etag: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<PostResponse><Location>${xmlEscape(location)}</Location><Bucket>${xmlEscape(bucket)}</Bucket><Key>${xmlEscape(key)}</Key><ETag>${xmlEscape(etag)}</ETag></PostResponse>`;
}
