import type { ApiCall, OperationHandler } from "../api/answers.js";
import { pagedAnswer } from "../api/paginate.js";
import type { Board, Pin } from "../state/resource-types.js";

/** Case-insensitive containment of the query in any of the given texts; no query matches everything. */
function matches(query: unknown, texts: readonly (string | null | undefined)[]): boolean {
  if (typeof query !== "string" || query.trim() === "") return true;
  const needle = query.trim().toLocaleLowerCase("en");
  return texts.some((text) => typeof text === "string" && text.toLocaleLowerCase("en").includes(needle));
}

const boardTexts = (board: Board) => [board.name, board.description];
const pinTexts = (pin: Pin) => [pin.title, pin.description, pin.alt_text, pin.link];

function matchingPins(call: ApiCall, query: unknown): Pin[] {
  return call.view.pins((pin) => matches(query, pinTexts(pin)));
}

/** Search (`search/*`): the query matched against the account's own boards and Pins. */
export const searchHandlers: Record<string, OperationHandler> = {
  "search_user_boards/get": (call) =>
    pagedAnswer(
      call.view.boards((board) => matches(call.query.query, boardTexts(board))),
      call.query,
    ),
  "search_user_pins/list": (call) => pagedAnswer(matchingPins(call, call.query.query), call.query),
  /** Partner search is over the mock's only catalogue, the account's Pins, as `SummaryPin`s (10 by default). */
  search_partner_pins: (call) =>
    pagedAnswer(
      matchingPins(call, call.query.term),
      call.query,
      (pin) => ({ id: pin.id, alt_text: pin.alt_text, link: pin.link, media: pin.media }),
      10,
    ),
};
