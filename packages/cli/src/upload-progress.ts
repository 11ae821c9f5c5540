import type { MediaUploadProgress } from "@pinterest-kit/client";

/** Where progress goes: a terminal gets one line redrawn in place, anything else plain lines. */
export interface ProgressOutput {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const BAR_WIDTH = 24;

/**
 * An `onProgress` for `uploadMedia` that draws a progress bar on a TTY (bytes, then Pinterest's
 * processing status, redrawn with `\r`) and prints one line per change otherwise, so logs and CI
 * output stay readable. `done()` ends the line.
 */
export function uploadProgress(output: ProgressOutput): { onProgress: (progress: MediaUploadProgress) => void; done(): void } {
  let last = "";
  const show = (line: string) => {
    if (line === last) return;
    last = line;
    output.write(output.isTTY ? `\r\x1b[2K${line}` : `${line}\n`);
  };
  return {
    onProgress(progress) {
      if (progress.stage === "upload") {
        const fraction = progress.totalBytes === 0 ? 1 : progress.bytesSent / progress.totalBytes;
        const sent = `${formatBytes(progress.bytesSent)} / ${formatBytes(progress.totalBytes)}`;
        show(
          output.isTTY
            ? `uploading [${"#".repeat(Math.round(fraction * BAR_WIDTH)).padEnd(BAR_WIDTH, "-")}] ${Math.round(fraction * 100)}% ${sent}`
            : `upload: ${sent} sent`,
        );
      } else {
        show(`processing: media ${progress.mediaId} is ${progress.status}`);
      }
    },
    done() {
      if (output.isTTY && last !== "") output.write("\n");
    },
  };
}

/** `1.5 MB`, in SI units as file managers show sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ["kB", "MB", "GB"];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
