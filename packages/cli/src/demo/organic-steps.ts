import {
  type MediaUploadProgress,
  PinterestApiError,
  type PinterestClient,
  paginate,
  unwrap,
  uploadMedia,
} from "@pinterest-kit/client";
import type { StepRunner } from "../step-runner.js";
import { formatBytes } from "../upload-progress.js";

/** The demo's boards-and-Pins steps, in order (names as printed). */
export const ORGANIC_STEPS = [
  "create board",
  "image Pin",
  "video Pin",
  "list Pins by page",
  "missing scope",
  "delete board",
] as const;

/** A few bytes standing in for a video file: the mock checks the upload form, not the codec. */
const DEMO_VIDEO = new Uint8Array(64_000).fill(0x2a);

/**
 * Boards and Pins through a signed-in session's client, as an app would use them: a board, an
 * image Pin, a video uploaded then pinned, the board's Pins page by page, a call the token has no
 * scope for (refused before sending), and the board deleted with its Pins.
 */
export async function runOrganicSteps(runner: StepRunner, client: PinterestClient, summary: Record<string, string>) {
  const board = await runner.step("create board", async () => {
    const value = await unwrap(client.POST("/boards", { body: { name: "pinterest-kit demo", privacy: "PUBLIC" } }));
    return { value, detail: `board ${value.id} "${value.name}"` };
  });
  const boardId = board?.id as string;
  await runner.step("image Pin", async () => {
    const pin = await unwrap(
      client.POST("/pins", {
        body: {
          board_id: boardId,
          title: "Lemonade",
          media_source: { source_type: "image_url", url: "https://example.com/lemonade.jpg" },
        },
      }),
    );
    return { value: pin, detail: `Pin ${pin.id} from an image URL` };
  });
  await runner.step("video Pin", async () => {
    const seen: string[] = [];
    const onProgress = (progress: MediaUploadProgress) => {
      const text = progress.stage === "upload" ? formatBytes(progress.bytesSent) : progress.status;
      if (seen.at(-1) !== text) seen.push(text);
    };
    const mediaId = await uploadMedia(client, { file: DEMO_VIDEO, onProgress, pollIntervalMs: 100 });
    const pin = await unwrap(
      client.POST("/pins", {
        body: {
          board_id: boardId,
          title: "A short clip",
          media_source: { source_type: "video_id", media_id: mediaId, cover_image_key_frame_time: 0 },
        },
      }),
    );
    return { value: pin, detail: `uploaded ${seen.join(" → ")}; Pin ${pin.id} from media ${mediaId}` };
  });
  await runner.step("list Pins by page", async () => {
    const sizes: number[] = [];
    for await (const page of paginate(client, "/boards/{board_id}/pins", {
      params: { path: { board_id: boardId } },
      pageSize: 1,
    }).pages()) {
      sizes.push(page.items.length);
    }
    if (sizes.length < 2) throw new Error(`expected more than one page, got ${sizes.length}`);
    summary["pins on the demo board"] = String(sizes.reduce((a, b) => a + b, 0));
    return { value: sizes, detail: `${sizes.length} pages of ${sizes.join(" + ")} Pins, following each bookmark` };
  });
  await runner.step("missing scope", async () => {
    const refused = await unwrap(
      client.POST("/user_account/following/{username}", { params: { path: { username: "pinterest" } }, body: {} }),
    ).then(
      () => undefined,
      (error: unknown) => error,
    );
    if (!(refused instanceof PinterestApiError) || refused.kind !== "insufficient_scope") {
      throw new Error(`expected an insufficient_scope error, got ${String(refused)}`);
    }
    return { value: refused, detail: `refused before sending: ${refused.operation} needs ${refused.missingScopes?.join(", ")}` };
  });
  await runner.step("delete board", async () => {
    await unwrap(client.DELETE("/boards/{board_id}", { params: { path: { board_id: boardId } } }));
    const { response } = await client.GET("/boards/{board_id}", { params: { path: { board_id: boardId } } });
    if (response.status !== 404) throw new Error(`the deleted board still answers ${response.status}`);
    return { value: undefined, detail: `deleted with its Pins; GET answers ${response.status}` };
  });
}
