import { type ApiAnswer, type ApiCall, NOT_FOUND, type OperationHandler, writing } from "../api/answers.js";
import { pagedAnswer } from "../api/paginate.js";
import { pick } from "../state/declared-fields.js";
import type { Board } from "../state/resource-types.js";
import { created, NO_CONTENT, ok } from "./respond.js";

/** `privacy` filter of `boards/list` (`BoardPrivacyFilter`); absent lists public and protected boards, as Pinterest. */
function privacyMatches(board: Board, filter: unknown): boolean {
  switch (filter) {
    case "ALL":
      return true;
    case "PUBLIC_AND_SECRET":
      return board.privacy === "PUBLIC" || board.privacy === "SECRET";
    case undefined:
      return board.privacy !== "SECRET";
    default:
      return board.privacy === filter;
  }
}

/** Run `then` with the board of the path's `board_id`, or answer Pinterest's 404 (code 40). */
export function withBoard(call: ApiCall, then: (board: Board) => ApiAnswer): ApiAnswer {
  const board = call.view.board(call.path.board_id ?? "");
  return board === undefined ? NOT_FOUND.board : then(board);
}

/** Boards (Pinterest API v5 `boards/*`): the account's boards, stateful. */
export const boardHandlers: Record<string, OperationHandler> = {
  "boards/list": (call) =>
    pagedAnswer(
      call.view.boards((board) => privacyMatches(board, call.query.privacy)),
      call.query,
    ),
  "boards/create": (call) =>
    writing(call, [call.body.privacy], () =>
      created(call, call.state.addBoard(pick(call.body, "BoardCreate") as Partial<Board> & { name: string }, call.now)),
    ),
  "boards/get": (call) => withBoard(call, ok),
  "boards/update": (call) =>
    withBoard(call, (board) =>
      writing(call, [board.privacy, call.body.privacy], () =>
        ok(call.state.boards.update(board.id, pick(call.body, "BoardWithUpdatePrivacyUpdate"))),
      ),
    ),
  "boards/delete": (call) =>
    withBoard(call, (board) =>
      writing(call, [board.privacy], () => {
        call.state.deleteBoard(board.id);
        return NO_CONTENT;
      }),
    ),
  "boards/list_pins": (call) =>
    withBoard(call, (board) =>
      pagedAnswer(
        call.view.pins((pin) => pin.board_id === board.id),
        call.query,
      ),
    ),
};
