import { type ApiAnswer, apiError, NOT_FOUND } from "../api/answers.js";
import type { AccountState } from "../state/account-state.js";
import type { Pin } from "../state/resource-types.js";
import type { AccountView } from "../state/visibility.js";
import { mediaStatus } from "./media.js";

type MediaSource = Record<string, unknown> & { source_type: string };

/** What a Pin gets from its `media_source` (`PinMediaSource`, discriminated by `source_type`). */
export type PinMediaFields = Pick<Pin, "media" | "creative_type" | "is_standard">;

const image = (url: string) => ({
  "150x150": { url, width: 150, height: 150 },
  "400x300": { url, width: 400, height: 300 },
  "600x": { url, width: 600, height: 600 },
  "1200x": { url, width: 1200, height: 1200 },
});

/**
 * Turn a validated `media_source` into the Pin's `media` (`PinMedia`, discriminated by
 * `media_type`) and `creative_type`. A `video_id` must name an upload of this account whose
 * processing succeeded; a `pin_url` copies the media of `parent_pin_id`.
 */
export function pinMediaFrom(
  source: MediaSource,
  context: { state: AccountState; view: AccountView; now: number; processingMs: number; parentPinId: unknown; newId: string },
): PinMediaFields | ApiAnswer {
  const placeholder = `https://i.pinimg.com/originals/mock/${context.newId}.jpg`;
  const isStandard = source.is_standard !== false;
  switch (source.source_type) {
    case "image_url":
      return {
        media: { media_type: "image", images: image(String(source.url)) },
        creative_type: "REGULAR",
        is_standard: isStandard,
      };
    case "image_base64":
      return { media: { media_type: "image", images: image(placeholder) }, creative_type: "REGULAR", is_standard: isStandard };
    case "multiple_image_urls":
    case "multiple_image_base64": {
      const items = (source.items as Record<string, unknown>[]).map((item, i) => ({
        item_type: "image",
        images: image(typeof item.url === "string" ? item.url : placeholder.replace(".jpg", `-${i}.jpg`)),
        link: typeof item.link === "string" ? item.link : null,
      }));
      return { media: { media_type: "multiple_images", items }, creative_type: "CAROUSEL", is_standard: true };
    }
    case "video_id": {
      const media = context.state.media.get(String(source.media_id));
      if (media === undefined) return NOT_FOUND.media;
      const status = mediaStatus(media, context.now, context.processingMs);
      if (status !== "succeeded")
        return apiError(400, 1, `The media upload ${media.media_id} is not ready: its status is ${status}.`);
      const cover = typeof source.cover_image_url === "string" ? source.cover_image_url : placeholder;
      const video = {
        media_type: "video" as const,
        cover_image_url: cover,
        video_url: null,
        duration: 12.5,
        width: 1080,
        height: 1920,
        images: image(cover),
      };
      return { media: video, creative_type: "VIDEO", is_standard: source.is_standard !== false };
    }
    case "pin_url": {
      const parent = context.view.pin(String(context.parentPinId ?? ""));
      if (parent === undefined) return NOT_FOUND.pin;
      return { media: parent.media, creative_type: parent.creative_type, is_standard: parent.is_standard };
    }
    default:
      return apiError(400, 1, `Invalid request: media_source.source_type ${source.source_type} is not supported.`);
  }
}
