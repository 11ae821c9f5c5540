import { describe, expect, test } from "vitest";
import { encodeUploadForm } from "../../src/media/upload-form.js";

/** Decode the body as a server does (the web `Request.formData()`), entries in arrival order. */
async function decode(form: ReturnType<typeof encodeUploadForm>) {
  const request = new Request("http://127.0.0.1/", {
    method: "POST",
    body: form.body,
    headers: { "content-type": form.contentType },
  });
  const entries: [string, string | { name: string; type: string; text: string }][] = [];
  for (const [name, value] of (await request.formData()).entries()) {
    entries.push([name, typeof value === "string" ? value : { name: value.name, type: value.type, text: await value.text() }]);
  }
  return entries;
}

describe("encodeUploadForm", () => {
  const cases: [string, { given: { fields: Record<string, unknown>; file: Blob }; want: Awaited<ReturnType<typeof decode>> }][] =
    [
      [
        "fields in the given order, the file last",
        {
          given: {
            fields: { policy: "p", key: "uploads/1", "Content-Type": "multipart/form-data" },
            file: new File(["abc"], "a.mp4", { type: "video/mp4" }),
          },
          want: [
            ["policy", "p"],
            ["key", "uploads/1"],
            ["Content-Type", "multipart/form-data"],
            ["file", { name: "a.mp4", type: "video/mp4", text: "abc" }],
          ],
        },
      ],
      [
        "Unicode values and quotes in names, escaped as the HTML standard does and read back intact",
        {
          given: { fields: { 'x"y': "ünï 🎬" }, file: new File(["v"], 'clip "1".mov', { type: "video/quicktime" }) },
          want: [
            ['x"y', "ünï 🎬"],
            ["file", { name: 'clip "1".mov', type: "video/quicktime", text: "v" }],
          ],
        },
      ],
      [
        "a nameless, typeless Blob",
        {
          given: { fields: {}, file: new Blob(["raw"]) },
          want: [["file", { name: "video", type: "application/octet-stream", text: "raw" }]],
        },
      ],
    ];
  test.each(cases)("%s", async (_name, { given, want }) => {
    const form = encodeUploadForm(given.fields, given.file);
    expect(await decode(form)).toEqual(want);
    expect(form.contentType).toMatch(/^multipart\/form-data; boundary=-+pinterest-kit-[0-9a-f-]{36}$/);
    const bytes = new Uint8Array(await form.body.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(form.fileOffset, form.fileOffset + given.file.size))).toBe(
      await given.file.text(),
    );
    expect(form.fileSize).toBe(given.file.size);
  });

  const refused: [string, { given: Record<string, unknown>; want: RegExp }][] = [
    ["a non-string value", { given: { key: 1 }, want: /upload_parameters\["key"\] is not a string/ }],
    ["a field named file", { given: { file: "x" }, want: /field named "file"/ }],
  ];
  test.each(refused)("refuses %s", (_name, { given, want }) => {
    expect(() => encodeUploadForm(given, new Blob(["v"]))).toThrow(want);
  });
});
