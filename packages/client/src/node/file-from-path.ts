import { openAsBlob } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { fileURLToPath } from "node:url";

/** Media types of the video containers Pinterest accepts (.mp4, .mov, .m4v), by extension. */
const VIDEO_TYPES: Readonly<Record<string, string>> = { ".mp4": "video/mp4", ".m4v": "video/x-m4v", ".mov": "video/quicktime" };

/**
 * A `File` reading the file at `path` lazily (Node's `fs.openAsBlob`): a video is streamed from
 * disk when uploaded, never held in memory whole. Its type comes from the extension unless given.
 */
export async function fileFromPath(path: string | URL, options: { type?: string } = {}): Promise<File> {
  if (!(path instanceof URL) && (typeof path !== "string" || path === "")) {
    throw new TypeError(`fileFromPath(path) needs a file path (a non-empty string or a file: URL), got ${typeof path}.`);
  }
  if (options.type !== undefined && typeof options.type !== "string") {
    throw new TypeError('fileFromPath options.type must be a media type string such as "video/mp4".');
  }
  const filePath = path instanceof URL ? fileURLToPath(path) : path;
  const type = options.type ?? VIDEO_TYPES[extname(filePath).toLowerCase()] ?? "application/octet-stream";
  // Node 20's openAsBlob reports a missing file as "Unable to open file as blob": stat names it.
  const stats = await stat(filePath);
  if (!stats.isFile()) throw new TypeError(`fileFromPath(path): ${filePath} is not a regular file.`);
  const blob = await openAsBlob(filePath, { type });
  return new File([blob], basename(filePath), { type });
}
