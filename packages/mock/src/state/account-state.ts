import { Collection } from "./collection.js";
import { IdSequence } from "./ids.js";
import type { Account, Board, Pin, SocialGraph, StoredMedia, StoredSection } from "./resource-types.js";

/**
 * The one Pinterest account a mock plays: its boards, sections, Pins and media uploads.
 * Invariant: only the methods here write the collections, and each keeps the counters
 * (`pin_count`, `board_pins_modified_at`, the account's `board_count` / `pin_count`) and the links
 * (a Pin's board and section exist) true after every call, so any read sees a consistent account.
 */
export class AccountState {
  readonly ids = new IdSequence();
  account: Account;
  readonly boards = new Collection<Board>();
  readonly sections = new Collection<StoredSection>();
  readonly pins = new Collection<Pin>();
  readonly media = new Collection<StoredMedia>();
  readonly social: SocialGraph = {
    followers: [],
    following: [],
    followedBoards: [],
    websites: [],
    interests: [],
    businesses: [],
  };

  constructor(account: Account) {
    this.account = { ...account };
  }

  /** The account with its counters as they are now. */
  accountView(): Account {
    return { ...this.account, board_count: this.boards.size, pin_count: this.pins.size };
  }

  addBoard(fields: Partial<Board> & { name: string }, now: number): Board {
    const at = iso(now);
    const board: Board = {
      privacy: "PUBLIC",
      description: null,
      is_ads_only: false,
      collaborator_count: 0,
      follower_count: 0,
      ...fields,
      id: fields.id ?? this.ids.next(),
      created_at: fields.created_at ?? at,
      board_pins_modified_at: fields.board_pins_modified_at ?? at,
      owner: { username: this.account.username ?? "" },
      pin_count: 0,
    } as Board;
    if (board.is_ads_only) board.privacy = "PROTECTED"; // as Pinterest documents for ad-only boards
    return this.boards.put(board.id, board);
  }

  /** Delete a board with its sections and Pins (they answer 404 afterwards). */
  deleteBoard(id: string): boolean {
    if (!this.boards.delete(id)) return false;
    for (const section of this.sections.list((s) => s.board_id === id)) this.sections.delete(section.id);
    for (const pin of this.pins.list((p) => p.board_id === id)) this.pins.delete(pin.id);
    return true;
  }

  addSection(boardId: string, name: string, id = this.ids.next()): StoredSection {
    return this.sections.put(id, { id, board_id: boardId, name });
  }

  /** Delete a section; its Pins stay on the board, outside any section. */
  deleteSection(id: string): boolean {
    const section = this.sections.get(id);
    if (section === undefined) return false;
    this.sections.delete(id);
    for (const pin of this.pins.list((p) => p.board_section_id === id)) pin.board_section_id = null;
    return true;
  }

  addPin(fields: Partial<Pin> & { board_id: string }, now: number): Pin {
    const pin = {
      board_section_id: null,
      title: null,
      description: null,
      link: null,
      alt_text: null,
      dominant_color: null,
      parent_pin_id: null,
      creative_type: "REGULAR",
      has_been_promoted: false,
      is_owner: true,
      is_standard: true,
      ...fields,
      id: fields.id ?? this.ids.next(),
      created_at: fields.created_at ?? iso(now),
      board_owner: { username: this.account.username ?? "" },
    } as Pin;
    this.pins.put(pin.id, pin);
    this.touchBoard(pin.board_id as string, now);
    return pin;
  }

  /** Move a Pin to another board and/or section, keeping both boards' counts. */
  movePin(pin: Pin, boardId: string, sectionId: string | null, now: number): void {
    if (pin.board_id !== boardId) {
      const from = pin.board_id as string;
      pin.board_id = boardId;
      this.touchBoard(from, now);
      this.touchBoard(boardId, now);
    }
    pin.board_section_id = sectionId;
  }

  deletePin(id: string, now: number): boolean {
    const pin = this.pins.get(id);
    if (pin === undefined) return false;
    this.pins.delete(id);
    this.touchBoard(pin.board_id as string, now);
    return true;
  }

  addMedia(): StoredMedia {
    const media: StoredMedia = { media_id: this.ids.next(), media_type: "video", status: "registered" };
    return this.media.put(media.media_id, media);
  }

  /** Recount a board's Pins (counting, not adding deltas, so a missed path cannot drift the figure). */
  private touchBoard(boardId: string, now: number): void {
    const board = this.boards.get(boardId);
    if (board === undefined) return;
    board.pin_count = this.pins.list((pin) => pin.board_id === boardId).length;
    board.board_pins_modified_at = iso(now);
  }
}

/** Timestamps as Pinterest writes them (ISO 8601, UTC), from the mock's clock. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
