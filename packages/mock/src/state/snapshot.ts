import { mediaStatus } from "../resources/media.js";
import type { AccountState } from "./account-state.js";
import type { Account, Board, Media, Pin, SocialGraph, StoredSection } from "./resource-types.js";

/** A read-only copy of the mock's account, for assertions (`mock.snapshot()`). */
export interface MockStateSnapshot {
  readonly account: Readonly<Account>;
  readonly boards: readonly Readonly<Board>[];
  /** Sections with the board they belong to. */
  readonly sections: readonly Readonly<StoredSection>[];
  readonly pins: readonly Readonly<Pin>[];
  /** Media uploads with their status on the mock's clock now. */
  readonly media: readonly Readonly<Media>[];
  readonly social: Readonly<SocialGraph>;
}

/** Copy and deep-freeze the state, so a test can neither change the mock through it nor see later changes. */
export function snapshotOf(state: AccountState, now: number, processingMs: number): MockStateSnapshot {
  return deepFreeze(
    structuredClone({
      account: state.accountView(),
      boards: state.boards.list(),
      sections: state.sections.list(),
      pins: state.pins.list(),
      media: state.media.list().map((media) => ({
        media_id: media.media_id,
        media_type: media.media_type,
        status: mediaStatus(media, now, processingMs),
      })),
      social: state.social,
    }),
  );
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
