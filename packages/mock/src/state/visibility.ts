import { secretWriteScopes } from "../api/check-scopes.js";
import type { AccountState } from "./account-state.js";
import type { Board, Pin } from "./resource-types.js";

/** What one call may read and change of the account. */
export interface AccountView {
  /**
   * Whether the call may write where a board's privacy is `privacy` (its current one, or the one a
   * body asks for): never to a secret board without the secret write scopes; a call that writes
   * nothing needs none.
   */
  mayWrite(privacy: unknown): boolean;
  board(id: string): Board | undefined;
  boards(filter?: (board: Board) => boolean): Board[];
  pin(id: string): Pin | undefined;
  pins(filter?: (pin: Pin) => boolean): Pin[];
}

/**
 * The account as a token with `scopes` sees it: secret boards only with `boards:read_secret`, Pins
 * on secret boards only with `pins:read_secret` as well (Pinterest's scope descriptions: "See your
 * secret boards", "See your secret Pins"). What a token cannot see answers 404, as Pinterest does.
 * A write is allowed by `allowedBy`, the scopes of the security requirement it met; on a secret
 * board it needs their secret forms too ({@link secretWriteScopes}).
 */
export function viewFor(state: AccountState, scopes: readonly string[], allowedBy: readonly string[] = []): AccountView {
  const secretWrites = secretWriteScopes(allowedBy).every((scope) => scopes.includes(scope));
  const secretBoards = scopes.includes("boards:read_secret");
  const secretPins = secretBoards && scopes.includes("pins:read_secret");
  const boardVisible = (board: Board | undefined): board is Board =>
    board !== undefined && (board.privacy !== "SECRET" || secretBoards);
  const pinVisible = (pin: Pin | undefined): pin is Pin => {
    if (pin === undefined) return false;
    const board = state.boards.get(pin.board_id ?? "");
    return boardVisible(board) && (board.privacy !== "SECRET" || secretPins);
  };
  return {
    mayWrite: (privacy) => secretWrites || privacy !== "SECRET",
    board: (id) => {
      const board = state.boards.get(id);
      return boardVisible(board) ? board : undefined;
    },
    boards: (filter) => state.boards.list((board) => boardVisible(board) && (filter === undefined || filter(board))),
    pin: (id) => {
      const pin = state.pins.get(id);
      return pinVisible(pin) ? pin : undefined;
    },
    pins: (filter) => state.pins.list((pin) => pinVisible(pin) && (filter === undefined || filter(pin))),
  };
}
