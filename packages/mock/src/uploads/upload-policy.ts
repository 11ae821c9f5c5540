import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** Where the mock's S3-style upload endpoint listens (Pinterest's is an S3 bucket). */
export const UPLOAD_PATH = "/media-uploads/";
/** The bucket name the mock's policies and answers name. */
export const UPLOAD_BUCKET = "pinterest-media-upload";

/** The fields Pinterest's `upload_parameters` carries (`MediaUploadParameters`), in the order it sends them. */
export type UploadParameters = Record<
  | "x-amz-date"
  | "x-amz-signature"
  | "x-amz-security-token"
  | "x-amz-algorithm"
  | "key"
  | "policy"
  | "x-amz-credential"
  | "Content-Type",
  string
>;

/**
 * Signs and checks S3 POST policies (AWS Signature V4 POST form, reduced to an HMAC over the
 * base64 policy with a per-mock secret): a form whose fields were altered fails the check.
 */
export class UploadSigner {
  readonly #secret = randomBytes(32);

  /** Upload parameters for one media id, valid until `expiresAt` (ms). */
  parametersFor(mediaId: string, now: number, expiresAt: number, maxBytes: number): UploadParameters {
    const date = new Date(now)
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d{3}/, "");
    const credential = `MOCKPINTERESTKIT/${date.slice(0, 8)}/us-east-1/s3/aws4_request`;
    const key = `uploads/${mediaId}.mp4`;
    const policy = Buffer.from(
      JSON.stringify({
        expiration: new Date(expiresAt).toISOString(),
        conditions: [{ bucket: UPLOAD_BUCKET }, { key }, ["content-length-range", 1, maxBytes], { "x-amz-date": date }],
      }),
    ).toString("base64");
    return {
      "x-amz-date": date,
      "x-amz-signature": this.#sign(policy),
      "x-amz-security-token": `mock-session-${mediaId}`,
      "x-amz-algorithm": "AWS4-HMAC-SHA256",
      key,
      policy,
      "x-amz-credential": credential,
      "Content-Type": "multipart/form-data",
    };
  }

  /** Whether `signature` is this mock's signature of `policy` (compared in constant time). */
  verify(policy: string, signature: string): boolean {
    const expected = Buffer.from(this.#sign(policy), "utf8");
    const given = Buffer.from(signature, "utf8");
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  #sign(policy: string): string {
    return createHmac("sha256", this.#secret).update(policy, "utf8").digest("hex");
  }
}

/** The policy's `expiration` (ms) and `key`, or undefined when it is not one the mock wrote. */
export function readPolicy(policy: string): { expiresAt: number; key: string; maxBytes: number } | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(policy, "base64").toString("utf8")) as {
      expiration: string;
      conditions: unknown[];
    };
    const key = (parsed.conditions.find((c) => typeof (c as { key?: unknown }).key === "string") as { key: string }).key;
    const range = parsed.conditions.find((c) => Array.isArray(c) && c[0] === "content-length-range") as [string, number, number];
    return { expiresAt: Date.parse(parsed.expiration), key, maxBytes: range[2] };
  } catch {
    return undefined;
  }
}
