import type { PinterestClient } from "../create-client.js";
import { uploadMedia } from "../media/upload-media.js";
import type { UploadMediaOptions } from "../media/upload-options.js";
import { fileFromPath } from "./file-from-path.js";

export { fileFromPath } from "./file-from-path.js";

/** {@link uploadMedia} of the video file at `path` (Node only): `fileFromPath(path)` then the upload. */
export async function uploadMediaFromPath(
  client: PinterestClient,
  path: string | URL,
  options: Omit<UploadMediaOptions, "file"> = {},
): Promise<string> {
  return uploadMedia(client, { ...options, file: await fileFromPath(path) });
}
