import { createHash } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One part of the multipart body the upload host received, in the order it came. */
export type ReceivedPart = { name: string; value: string } | { name: string; fileName: string; type: string; sha256: string };

export interface UploadRecord {
  headers: IncomingHttpHeaders;
  parts: ReceivedPart[];
}

export interface UploadServersOptions {
  /** `upload_parameters` as POST /media returns them, in this order. */
  uploadParameters?: Record<string, string>;
  /** The `status` of each GET /media/{id} in turn (`"HTTP 404"`: answer that status); the last one repeats. */
  statuses?: string[];
  /** The upload host's answer (S3 answers 204 with no body by default). */
  uploadReply?: { status: number; body?: string };
  /** The answer of POST /media instead of a registration. */
  registerReply?: { status: number; body: unknown };
  /** Replaces `upload_url` in the registration (a URL that is not the upload host). */
  uploadUrl?: string;
}

export const MEDIA_ID = "5212123920968240771";

/** S3-style fields in a deliberately non-alphabetical order, as Pinterest's registration lists them. */
export const UPLOAD_PARAMETERS: Record<string, string> = {
  "x-amz-date": "20260127T185143Z",
  "x-amz-signature": "fcd6309a6aaee213348666a72abed8b44552a43acb6b340e8e1b288d21a5fe92",
  "x-amz-security-token": "IQoJb3JpZ2luX2VjEJr-session-token==",
  "x-amz-algorithm": "AWS4-HMAC-SHA256",
  key: `uploads/11/aa/22/3:video:203014033110991560:${MEDIA_ID}`,
  policy: "eyJleHBpcmF0aW9uIjoiMjAyNi0wMS0yN1QxOTo1MTo0M1oifQ==",
  "x-amz-credential": "ASIA6QZJ64OPIKV7FRVX/20260127/us-east-1/s3/aws4_request",
  "Content-Type": "multipart/form-data",
};

/**
 * Two real HTTP servers on 127.0.0.1: a Pinterest API (`POST /v5/media`, `GET /v5/media/{id}`) and,
 * on another port, an S3-style upload host that parses the multipart body with the web
 * `Request.formData()` (entries in the order they arrived) and records every part.
 */
export async function startUploadServers(options: UploadServersOptions = {}) {
  const statuses = options.statuses ?? ["processing", "succeeded"];
  const api: { method: string; url: string; headers: IncomingHttpHeaders; body: string }[] = [];
  const uploads: UploadRecord[] = [];

  const uploadHost = await listen(async (req, res) => {
    const body = await readBody(req);
    const form = await new Request("http://upload.test/", {
      method: "POST",
      headers: { "content-type": req.headers["content-type"] ?? "" },
      body,
    }).formData();
    const parts: ReceivedPart[] = [];
    for (const [name, value] of form.entries()) {
      if (typeof value === "string") parts.push({ name, value });
      else
        parts.push({ name, fileName: value.name, type: value.type, sha256: sha256(new Uint8Array(await value.arrayBuffer())) });
    }
    uploads.push({ headers: req.headers, parts });
    const reply = options.uploadReply ?? { status: 204 };
    res.writeHead(reply.status, reply.body ? { "content-type": "application/xml" } : {});
    res.end(reply.body);
  });

  const pinterest = await listen(async (req, res) => {
    const body = Buffer.from(await readBody(req)).toString("utf8");
    api.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
    if (req.method === "POST" && req.url === "/v5/media") {
      const reply = options.registerReply ?? {
        status: 201,
        body: {
          media_id: MEDIA_ID,
          media_type: "video",
          upload_url: options.uploadUrl ?? `${uploadHost.url}/`,
          upload_parameters: options.uploadParameters ?? UPLOAD_PARAMETERS,
        },
      };
      return json(res, reply.status, reply.body);
    }
    if (req.method === "GET" && req.url === `/v5/media/${MEDIA_ID}`) {
      const polls = api.filter((request) => request.method === "GET").length;
      const status = statuses[Math.min(polls, statuses.length) - 1];
      const failure = /^HTTP (\d+)$/.exec(status ?? "");
      if (failure) return json(res, Number(failure[1]), { code: Number(failure[1]), message: "Media not found." });
      return json(res, 200, { media_id: MEDIA_ID, media_type: "video", status });
    }
    json(res, 404, { code: 404, message: "Not found" });
  });

  return {
    baseUrl: `${pinterest.url}/v5`,
    uploadUrl: `${uploadHost.url}/`,
    api,
    uploads,
    polls: () => api.filter((request) => request.method === "GET"),
    close: () => Promise.all([pinterest.close(), uploadHost.close()]),
  };
}

async function listen(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>) {
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(`test server: ${error.message}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** Hex SHA-256 of some bytes: files are compared by digest (a deep equality of large arrays is slow). */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
