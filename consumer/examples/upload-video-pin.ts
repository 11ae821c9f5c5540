import { createPinterestClient, type MediaUploadProgress, unwrap } from "@pinterest-kit/client";
import { uploadMediaFromPath } from "@pinterest-kit/client/node";

const pinterest = createPinterestClient({
  baseUrl: process.env.PINTEREST_BASE_URL,
  headers: { Authorization: `Bearer ${process.env.PINTEREST_ACCESS_TOKEN}` },
});

const boardId = process.env.BOARD_ID;
if (!boardId) throw new Error("Set BOARD_ID to the id of one of your boards.");

// POST /media, the file to Pinterest's upload host (no Authorization header), GET /media/{id} until processed.
const mediaId = await uploadMediaFromPath(pinterest, process.env.VIDEO_PATH ?? "video.mp4", {
  onProgress: (progress: MediaUploadProgress) =>
    console.log(
      progress.stage === "upload"
        ? `uploaded ${Math.floor((100 * progress.bytesSent) / progress.totalBytes)}%`
        : `processing: ${progress.status}`,
    ),
});
const pin = await unwrap(
  pinterest.POST("/pins", {
    body: {
      board_id: boardId,
      title: "Lemon pasta in 60 seconds",
      media_source: { source_type: "video_id", media_id: mediaId, cover_image_key_frame_time: 2 },
    },
  }),
);
console.log(`video Pin ${pin.id} from media ${mediaId}`);
