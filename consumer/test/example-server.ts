import { createHash } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** JSON bodies parsed; multipart bodies as their parts in arrival order (files by size and SHA-256). */
  body: unknown;
}

export const BOARD_PAGES = [
  [
    { id: "1001", name: "Recipes", privacy: "PUBLIC" },
    { id: "1002", name: "Garden", privacy: "SECRET" },
  ],
  [{ id: "1003", name: "Travel", privacy: "PUBLIC" }],
  [{ id: "1004", name: "Books", privacy: "PROTECTED" }],
];
/** The bookmark that leads to page `index + 1`; deliberately full of characters a URL must encode. */
export const bookmarkAfter = (index: number) => `b+${index}/==?&`;

export const MEDIA_ID = "8675309000000000001";
export const UPLOAD_PARAMETERS = {
  "x-amz-date": "20260127T185143Z",
  "x-amz-signature": "fcd6309a6aaee213348666a72abed8b44552a43acb6b340e8e1b288d21a5fe92",
  key: `uploads/11/aa/22/3:video:1:${MEDIA_ID}`,
  policy: "eyJleHBpcmF0aW9uIjoiMjAyNi0wMS0yN1QxOTo1MTo0M1oifQ==",
  "x-amz-algorithm": "AWS4-HMAC-SHA256",
  "x-amz-credential": "ASIA6QZJ64OPIKV7FRVX/20260127/us-east-1/s3/aws4_request",
  "Content-Type": "multipart/form-data",
};

/**
 * The Pinterest the README examples talk to, on 127.0.0.1: `GET /boards` in three pages,
 * `POST /boards`, `POST /pins`, `POST /media`, `GET /media/{id}` (processing, then succeeded), and an
 * S3-style upload host on a second port. Every request is kept in `seen`.
 */
export async function startExampleServer() {
  const seen: SeenRequest[] = [];
  const polls = () => seen.filter((request) => request.method === "GET" && request.url.startsWith("/v5/media/")).length;

  const uploadHost = await listen(async (req, res, raw) => {
    const form = await new Request("http://upload.test/", {
      method: "POST",
      headers: { "content-type": req.headers["content-type"] ?? "" },
      body: raw,
    }).formData();
    const parts: unknown[] = [];
    for (const [name, value] of form.entries()) {
      if (typeof value === "string") parts.push({ name, value });
      else {
        const bytes = new Uint8Array(await value.arrayBuffer());
        parts.push({ name, fileName: value.name, type: value.type, size: bytes.byteLength, sha256: sha256(bytes) });
      }
    }
    seen.push({ method: req.method ?? "", url: `upload host ${req.url}`, headers: req.headers, body: parts });
    res.writeHead(204).end();
  });

  const api = await listen(async (req, res, raw) => {
    const url = new URL(req.url ?? "/", "http://api.test");
    const text = Buffer.from(raw).toString("utf8");
    seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: text ? JSON.parse(text) : undefined });
    const route = `${req.method} ${url.pathname}`;
    if (route === "GET /v5/boards") {
      const bookmark = url.searchParams.get("bookmark");
      const index = bookmark === null ? 0 : BOARD_PAGES.findIndex((_, page) => bookmarkAfter(page - 1) === bookmark);
      if (index < 0) return json(res, 400, { code: 1, message: "Invalid bookmark." });
      const last = index === BOARD_PAGES.length - 1;
      return json(res, 200, { items: BOARD_PAGES[index], bookmark: last ? null : bookmarkAfter(index) });
    }
    if (route === "POST /v5/boards")
      return json(res, 201, { id: "2001", is_ads_only: false, privacy: "PUBLIC", ...JSON.parse(text) });
    if (route === "POST /v5/pins") return json(res, 201, { id: `30${seen.length}`, ...JSON.parse(text) });
    if (route === "POST /v5/media") {
      return json(res, 201, {
        media_id: MEDIA_ID,
        media_type: "video",
        upload_url: `${uploadHost.url}/`,
        upload_parameters: UPLOAD_PARAMETERS,
      });
    }
    if (route === `GET /v5/media/${MEDIA_ID}`) {
      return json(res, 200, { media_id: MEDIA_ID, media_type: "video", status: polls() < 2 ? "processing" : "succeeded" });
    }
    json(res, 404, { code: 404, message: `No route ${route}` });
  });

  return {
    baseUrl: `${api.url}/v5`,
    seen,
    close: () => Promise.all([api.close(), uploadHost.close()]),
  };
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

async function listen(handle: (req: IncomingMessage, res: ServerResponse, body: Uint8Array<ArrayBuffer>) => Promise<void>) {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    handle(req, res, new Uint8Array(Buffer.concat(chunks))).catch((error: Error) => {
      res.writeHead(500, { "content-type": "text/plain" }).end(`example server: ${error.message}`);
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

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
