import { type ApiAnswer, type ApiCall, INSUFFICIENT_SCOPES, NOT_FOUND, type OperationHandler } from "../api/answers.js";
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

/**
 * Run `then` with the board of the path's `board_id`, or answer Pinterest's 404 (code 40). A write
 * to a secret board without the secret write scopes answers 401 code 3 before anything changes
 * (a read needs none: `mayWrite` is always true for it).
 */
export function withBoard(call: ApiCall, then: (board: Board) => ApiAnswer): ApiAnswer {
  const board = call.view.board(call.path.board_id ?? "");
  if (board === undefined) return NOT_FOUND.board;
  return call.view.mayWrite(board.privacy) ? then(board) : INSUFFICIENT_SCOPES;
}

/** Boards (Pinterest API v5 `boards/*`): the account's boards, stateful. */
export const boardHandlers: Record<string, OperationHandler> = {
  "boards/list": (call) =>
    pagedAnswer(
      call.view.boards((board) => privacyMatches(board, call.query.privacy)),
      call.query,
    ),
  "boards/create": (call) =>
    call.view.mayWrite(call.body.privacy)
      ? created(call, call.state.addBoard(pick(call.body, "BoardCreate") as Partial<Board> & { name: string }, call.now))
      : INSUFFICIENT_SCOPES,
  "boards/get": (call) => withBoard(call, ok),
  "boards/update": (call) =>
    withBoard(call, (board) =>
      call.view.mayWrite(call.body.privacy)
        ? ok(call.state.boards.update(board.id, pick(call.body, "BoardWithUpdatePrivacyUpdate")))
        : INSUFFICIENT_SCOPES,
    ),
  "boards/delete": (call) =>
    withBoard(call, (board) => {
      call.state.deleteBoard(board.id);
      return NO_CONTENT;
    }),
  "boards/list_pins": (call) =>
    withBoard(call, (board) =>
      pagedAnswer(
        call.view.pins((pin) => pin.board_id === board.id),
        call.query,
      ),
    ),
};
