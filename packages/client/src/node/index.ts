import type { PinterestClient } from "../bare-client.js";
import { uploadMediaWith } from "../media/upload-media.js";
import type { UploadMediaOptions } from "../media/upload-options.js";
import { fileFromPath } from "./file-from-path.js";

export { fileFromPath } from "./file-from-path.js";

/**
 * `uploadMedia` of the video file at `path` (Node only): `fileFromPath(path)`, then the upload,
 * streamed from disk. With Node's own fetch (no `options.fetch`), `onProgress` also
 * reports the bytes sent while the file goes out, in steps of about 1%.
 */
export async function uploadMediaFromPath(
  client: PinterestClient,
  path: string | URL,
  options: Omit<UploadMediaOptions, "file"> = {},
): Promise<string> {
  return uploadMediaWith(client, { ...options, file: await fileFromPath(path) }, { streamBody: true });
}
