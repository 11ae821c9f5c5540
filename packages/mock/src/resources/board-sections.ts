import { type ApiAnswer, type ApiCall, apiError, NOT_FOUND, type OperationHandler } from "../api/answers.js";
import { pagedAnswer } from "../api/paginate.js";
import type { StoredSection } from "../state/resource-types.js";
import { withBoard } from "./boards.js";
import { created, NO_CONTENT, ok } from "./respond.js";

/** The API form of a section: `id` and `name` (the board is in the URL). */
export function sectionView(section: StoredSection): { id: string; name: string } {
  return { id: section.id, name: section.name };
}

/** Run `then` with the path's section of the path's board ({@link withBoard}), or answer Pinterest's 404 (code 2031). */
function withSection(call: ApiCall, then: (section: StoredSection) => ApiAnswer): ApiAnswer {
  return withBoard(call, (board) => {
    const section = call.state.sections.get(call.path.section_id ?? "");
    return section === undefined || section.board_id !== board.id ? NOT_FOUND.section : then(section);
  });
}

/** Pinterest refuses a second section of the same name on a board (409, "Board section conflict."). */
function nameTaken(call: ApiCall, boardId: string, name: string, except?: string): boolean {
  return call.state.sections.list((s) => s.board_id === boardId && s.name === name && s.id !== except).length > 0;
}

const CONFLICT = apiError(409, 409, "Board section conflict.");

/** Board sections (`board_sections/*`), stateful; their Pins are the board's Pins with that `board_section_id`. */
export const boardSectionHandlers: Record<string, OperationHandler> = {
  "board_sections/list": (call) =>
    withBoard(call, (board) =>
      pagedAnswer(
        call.state.sections.list((s) => s.board_id === board.id),
        call.query,
        sectionView,
      ),
    ),
  "board_sections/create": (call) =>
    withBoard(call, (board) => {
      const name = String(call.body.name);
      if (nameTaken(call, board.id, name)) return CONFLICT;
      return created(call, sectionView(call.state.addSection(board.id, name)));
    }),
  "board_sections/update": (call) =>
    withSection(call, (section) => {
      const name = String(call.body.name);
      if (nameTaken(call, section.board_id, name, section.id)) return CONFLICT;
      section.name = name;
      return ok(sectionView(section));
    }),
  "board_sections/delete": (call) =>
    withSection(call, (section) => {
      call.state.deleteSection(section.id);
      return NO_CONTENT;
    }),
  "board_sections/list_pins": (call) =>
    withSection(call, (section) =>
      pagedAnswer(
        call.view.pins((pin) => pin.board_section_id === section.id),
        call.query,
      ),
    ),
};
