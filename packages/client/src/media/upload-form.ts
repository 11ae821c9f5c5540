/**
 * The `multipart/form-data` body of an S3 browser-based POST upload (Amazon S3 API, "POST Object";
 * the form Pinterest's `POST /media` describes): every `upload_parameters` field in the order
 * Pinterest gave them, then the file as the last field, because S3 ignores any field after `file`.
 * `FormData` keeps insertion order when fetch serializes it (WHATWG XHR §5, "multipart/form-data
 * encoding algorithm").
 */
export function buildUploadForm(uploadParameters: Readonly<Record<string, unknown>>, file: Blob): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(uploadParameters)) {
    if (typeof value !== "string") throw new TypeError(`upload_parameters["${name}"] is not a string.`);
    if (name === "file") throw new TypeError('upload_parameters holds a field named "file", which would come before the file.');
    form.append(name, value);
  }
  form.append("file", file, fileName(file));
  return form;
}

/** The part's file name: a `File`'s own name, otherwise a neutral one (S3 stores under `key`, not this). */
function fileName(file: Blob): string {
  const name = (file as Partial<File>).name;
  return typeof name === "string" && name !== "" ? name : "video";
}
