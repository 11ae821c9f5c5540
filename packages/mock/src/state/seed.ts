import { MOCK_ACCOUNT } from "../account.js";
import { MockPinterestError } from "../errors.js";
import { operationValidators } from "../schema/operation-validators.js";
import { AccountState } from "./account-state.js";
import type { Account, Board, BoardSection, Pin, SocialGraph } from "./resource-types.js";

/** A board to seed: a `Board` of which only `name` is needed, with its sections. */
export type SeedBoard = Partial<Omit<Board, "pin_count" | "owner">> & {
  name: string;
  sections?: readonly (Partial<BoardSection> & { name: string })[];
};

/** A Pin to seed: a `Pin` on one of the seeded boards (by `board_id`). */
export type SeedPin = Partial<Omit<Pin, "board_owner">> & { board_id: string };

/** What the mock's account holds at start (or after `mock.reset(seed)`); typed by the pinned spec. */
export interface MockSeed {
  /** Fields over {@link MOCK_ACCOUNT}. */
  account?: Partial<Account>;
  /** Defaults to two boards (one with a section) and three Pins; `[]` for an empty account. */
  boards?: readonly SeedBoard[];
  pins?: readonly SeedPin[];
  social?: Partial<SocialGraph>;
}

const DEFAULT_BOARDS: readonly SeedBoard[] = [
  {
    id: "549755885175",
    name: "Summer recipes",
    description: "Cool dishes for hot days",
    sections: [{ id: "549755885200", name: "Drinks" }],
  },
  { id: "549755885176", name: "Garden ideas", description: "Raised beds and herbs", privacy: "PUBLIC" },
];
const DEFAULT_PINS: readonly SeedPin[] = [
  {
    id: "813744226420795884",
    board_id: "549755885175",
    title: "Watermelon salad",
    link: "https://example.com/salad",
    media: image("salad"),
  },
  {
    id: "813744226420795885",
    board_id: "549755885175",
    board_section_id: "549755885200",
    title: "Iced mint tea",
    media: image("tea"),
  },
  {
    id: "813744226420795886",
    board_id: "549755885176",
    title: "Herb spiral",
    description: "A spiral bed for herbs",
    media: image("herbs"),
  },
];
const DEFAULT_SOCIAL: SocialGraph = {
  followers: [
    { type: "user", username: "follower_one" },
    { type: "user", username: "follower_two" },
  ],
  following: [{ type: "user", username: "pinterest" }],
  followedBoards: [],
  websites: [{ website: "example.com", status: "verified", verified_at: "2025-06-01T00:00:00.000Z" }],
  interests: [
    {
      id: "935249274030",
      key: "recipes",
      name: "Recipes",
      canonical_url: "https://www.pinterest.com/ideas/recipes/935249274030/",
    },
    {
      id: "909983286710",
      key: "gardening",
      name: "Gardening",
      canonical_url: "https://www.pinterest.com/ideas/gardening/909983286710/",
    },
  ],
  businesses: [],
};

function image(name: string): Pin["media"] {
  const url = `https://i.pinimg.com/originals/mock/${name}.jpg`;
  return { media_type: "image", images: { "600x": { url, width: 600, height: 600 } } } as Pin["media"];
}

/**
 * Build the account state of a seed, checking it: every Pin on a seeded board (and section of that
 * board), every resulting board and Pin valid against the pinned response schema, closed.
 */
export function seedState(seed: MockSeed = {}, now: number): AccountState {
  if (seed === null || typeof seed !== "object") fail("the seed must be an object { account?, boards?, pins?, social? }.");
  const state = new AccountState({ ...MOCK_ACCOUNT, ...seed.account } as Account);
  const boards = seed.boards ?? DEFAULT_BOARDS;
  const pins = seed.pins ?? (seed.boards === undefined ? DEFAULT_PINS : []);
  if (!Array.isArray(boards) || !Array.isArray(pins)) fail("boards and pins must be arrays.");
  boards.forEach(({ sections = [], ...fields }, i) => {
    if (typeof fields.name !== "string") fail(`boards[${i}].name must be a string.`);
    if (fields.id !== undefined && state.boards.get(fields.id) !== undefined)
      fail(`boards[${i}].id ${fields.id} repeats another board's id.`);
    const board = state.addBoard(fields, now);
    check("boards/get", board, `boards[${i}]`);
    for (const section of sections) state.addSection(board.id, section.name, section.id ?? undefined);
  });
  pins.forEach((fields, i) => {
    if (state.boards.get(fields.board_id) === undefined)
      fail(`pins[${i}].board_id ${JSON.stringify(fields.board_id)} is not a seeded board.`);
    const section = fields.board_section_id == null ? undefined : state.sections.get(fields.board_section_id);
    if (fields.board_section_id != null && section?.board_id !== fields.board_id)
      fail(`pins[${i}].board_section_id ${fields.board_section_id} is not a section of board ${fields.board_id}.`);
    check("pins/get", state.addPin(fields, now), `pins[${i}]`);
  });
  Object.assign(state.social, structuredClone(DEFAULT_SOCIAL), structuredClone(seed.social ?? {}));
  check("user_account/get", state.accountView(), "account");
  return state;
}

function check(operationId: "boards/get" | "pins/get" | "user_account/get", value: unknown, at: string): void {
  const result = operationValidators(operationId).response(200)?.(value);
  if (result !== undefined && !result.valid) fail(`${at} does not match the pinned schema: ${result.problem}.`);
}

function fail(message: string): never {
  throw new MockPinterestError("INVALID_OPTIONS", `startMockPinterest: ${message}`);
}
