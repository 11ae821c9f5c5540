/** An encoded `multipart/form-data` body: a lazy `Blob` (the file is not copied) and its media type. */
export interface UploadForm {
  body: Blob;
  contentType: string;
  /** Bytes of the body before the file's first byte, so bytes sent can be counted in file bytes. */
  fileOffset: number;
  fileSize: number;
}

/**
 * The `multipart/form-data` body (RFC 7578; WHATWG HTML "multipart/form-data encoding algorithm")
 * of an S3 browser-based POST upload (Amazon S3 API, "POST Object", the form Pinterest's
 * `POST /media` describes): every `upload_parameters` field in the order Pinterest gave them, then
 * the file as the last field, because S3 ignores any field after `file`. Encoded here rather than
 * by `FormData` so the body's length is known before it is sent, which a streamed upload with
 * progress needs (S3 refuses chunked uploads).
 */
export function encodeUploadForm(uploadParameters: Readonly<Record<string, unknown>>, file: Blob): UploadForm {
  const boundary = `----pinterest-kit-${globalThis.crypto.randomUUID()}`;
  let head = "";
  for (const [name, value] of Object.entries(uploadParameters)) {
    if (typeof value !== "string") throw new TypeError(`upload_parameters["${name}"] is not a string.`);
    if (name === "file") throw new TypeError('upload_parameters holds a field named "file", which would come before the file.');
    head += `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"\r\n\r\n${value.replace(/\r?\n|\r/g, "\r\n")}\r\n`;
  }
  head += `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${escapeName(fileName(file))}"\r\n`;
  head += `Content-Type: ${file.type || "application/octet-stream"}\r\n\r\n`;
  const headBytes = new TextEncoder().encode(head);
  return {
    body: new Blob([headBytes, file, `\r\n--${boundary}--\r\n`]),
    contentType: `multipart/form-data; boundary=${boundary}`,
    fileOffset: headBytes.byteLength,
    fileSize: file.size,
  };
}

/** Field and file names escape `"`, CR and LF as the HTML standard's encoding does. */
function escapeName(name: string): string {
  return name.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** The part's file name: a `File`'s own name, otherwise a neutral one (S3 stores under `key`, not this). */
function fileName(file: Blob): string {
  const name = (file as Partial<File>).name;
  return typeof name === "string" && name !== "" ? name : "video";
}
