import type { components } from "../generated/types.js";

type Schemas = components["schemas"];
/** The stored form of a resource: the mock writes the fields the API marks `readOnly` (counters, ids). */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Pinterest API v5 resources as the pinned spec types them (generated, like the client's). */
export type Account = Writable<Schemas["Account"]>;
export type Board = Writable<Schemas["Board"]>;
export type BoardSection = Schemas["BoardSection"];
export type Pin = Writable<Schemas["Pin"]>;
export type Media = Schemas["Media"];

/** A board section with the board it belongs to (the API leaves that to the URL). */
export type StoredSection = BoardSection & { readonly id: string; board_id: string };

/** A media upload and where it is in its life (`registered` → `processing` → `succeeded` | `failed`). */
export interface StoredMedia {
  media_id: string;
  media_type: "video";
  status: "registered" | "processing" | "succeeded" | "failed";
  /** `clock()` when the file arrived; processing ends `processingMs` later. */
  uploadedAt?: number;
  /** Decided at upload time (an injected `media-failed` fault). */
  willFail?: boolean;
  /** Bytes received at the upload URL. */
  size?: number;
}

export type UserSummary = Schemas["UserSummary"];
export type UserWebsiteSummary = Schemas["UserWebsiteSummary"];
export type Interest = Schemas["Interest"];
export type LinkedBusiness = Schemas["LinkedBusiness"];

/** The account's connections: who follows it, whom and which boards it follows, its websites and interests. */
export interface SocialGraph {
  followers: UserSummary[];
  following: UserSummary[];
  followedBoards: Board[];
  websites: UserWebsiteSummary[];
  interests: Interest[];
  businesses: LinkedBusiness[];
}
