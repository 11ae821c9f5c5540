import { describe, expect, test } from "vitest";
import { formatBytes, uploadProgress } from "../src/upload-progress.js";

function capture(isTTY: boolean) {
  const written: string[] = [];
  return { written, output: { isTTY, write: (text: string) => written.push(text) } };
}

const STEPS = [
  { stage: "upload", mediaId: "1", bytesSent: 0, totalBytes: 2_500_000 },
  { stage: "upload", mediaId: "1", bytesSent: 2_500_000, totalBytes: 2_500_000 },
  { stage: "processing", mediaId: "1", status: "registered" },
  { stage: "processing", mediaId: "1", status: "processing" },
  { stage: "processing", mediaId: "1", status: "processing" },
  { stage: "processing", mediaId: "1", status: "succeeded" },
] as const;

describe("uploadProgress", () => {
  test("plain lines when not a TTY, one per change", () => {
    const { written, output } = capture(false);
    const progress = uploadProgress(output);
    for (const step of STEPS) progress.onProgress(step);
    progress.done();
    expect(written).toEqual([
      "upload: 0 B / 2.5 MB sent\n",
      "upload: 2.5 MB / 2.5 MB sent\n",
      "processing: media 1 is registered\n",
      "processing: media 1 is processing\n",
      "processing: media 1 is succeeded\n",
    ]);
  });

  test("one redrawn line with a bar on a TTY, ended by done()", () => {
    const { written, output } = capture(true);
    const progress = uploadProgress(output);
    for (const step of STEPS.slice(0, 2)) progress.onProgress(step);
    progress.done();
    expect(written[0]).toBe(`\r\x1b[2Kuploading [${"-".repeat(24)}] 0% 0 B / 2.5 MB`);
    expect(written[1]).toBe(`\r\x1b[2Kuploading [${"#".repeat(24)}] 100% 2.5 MB / 2.5 MB`);
    expect(written.at(-1)).toBe("\n");
  });
});

describe("formatBytes", () => {
  test.each([
    [0, "0 B"],
    [999, "999 B"],
    [1000, "1.0 kB"],
    [1_234_567, "1.2 MB"],
    [3_000_000_000, "3.0 GB"],
  ])("%d bytes → %s", (given, want) => {
    expect(formatBytes(given)).toBe(want);
  });
});
