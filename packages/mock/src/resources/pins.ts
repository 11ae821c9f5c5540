import { type ApiAnswer, type ApiCall, INSUFFICIENT_SCOPES, NOT_FOUND, type OperationHandler } from "../api/answers.js";
import { pagedAnswer } from "../api/paginate.js";
import { pick } from "../state/declared-fields.js";
import type { Pin } from "../state/resource-types.js";
import { pinMediaFrom } from "./pin-media.js";
import { created, NO_CONTENT, ok } from "./respond.js";

/**
 * Run `then` with the Pin of the path's `pin_id`, or answer Pinterest's 404 (code 50). As in
 * `withBoard`, a write to a Pin on a secret board without the secret write scopes answers 401 code 3.
 */
export function withPin(call: ApiCall, then: (pin: Pin) => ApiAnswer): ApiAnswer {
  const pin = call.view.pin(call.path.pin_id ?? "");
  if (pin === undefined) return NOT_FOUND.pin;
  return call.view.mayWrite(call.state.boards.get(pin.board_id ?? "")?.privacy) ? then(pin) : INSUFFICIENT_SCOPES;
}

/**
 * Where a Pin goes: the board (404 code 40 when it is not the account's) and optionally a section
 * of that board (404 code 2031). Without a board, a section's own board is used, then `fallback`.
 * A secret board needs the secret write scopes (401 code 3).
 */
function placement(call: ApiCall, boardId: unknown, sectionId: unknown, fallback?: string) {
  const section = typeof sectionId === "string" ? call.state.sections.get(sectionId) : undefined;
  if (typeof sectionId === "string" && section === undefined) return NOT_FOUND.section;
  const board = call.view.board(typeof boardId === "string" ? boardId : (section?.board_id ?? fallback ?? ""));
  if (board === undefined) return NOT_FOUND.board;
  if (section !== undefined && section.board_id !== board.id) return NOT_FOUND.section;
  if (!call.view.mayWrite(board.privacy)) return INSUFFICIENT_SCOPES;
  return { boardId: board.id, sectionId: section?.id ?? null };
}

/** `pin_filter`, `pin_type` and `creative_types` of `pins/list`. */
function listFilter(call: ApiCall): (pin: Pin) => boolean {
  const { pin_filter: filter, pin_type: type, creative_types: types } = call.query;
  return (pin) => {
    if (filter === "exclude_repins" && pin.parent_pin_id != null) return false;
    if (filter === "exclude_native" && pin.parent_pin_id == null) return false;
    if (filter === "has_been_promoted" && pin.has_been_promoted !== true) return false;
    if (type === "PRIVATE" && call.state.boards.get(pin.board_id ?? "")?.privacy !== "SECRET") return false;
    return !Array.isArray(types) || types.includes(pin.creative_type);
  };
}

/** Pins (`pins/*` but analytics): the account's Pins, stateful; every Pin is on one of its boards. */
export const pinHandlers: Record<string, OperationHandler> = {
  "pins/list": (call) => pagedAnswer(call.view.pins(listFilter(call)), call.query),
  "pins/get": (call) => withPin(call, ok),
  "pins/create": (call) => {
    const where = placement(call, call.body.board_id, call.body.board_section_id);
    if ("status" in where) return where;
    const id = call.state.ids.next();
    const processingMs = call.context.options.mediaProcessingMs;
    const source = call.body.media_source as Parameters<typeof pinMediaFrom>[0];
    const media = pinMediaFrom(source, {
      state: call.state,
      view: call.view,
      now: call.now,
      processingMs,
      parentPinId: call.body.parent_pin_id,
      newId: id,
    });
    if ("status" in media) return media;
    const fields = { ...pick(call.body, "Pin"), ...media, id, board_id: where.boardId, board_section_id: where.sectionId };
    return created(call, call.state.addPin(fields, call.now));
  },
  "pins/update": (call) =>
    withPin(call, (pin) => {
      const where = placement(call, call.body.board_id, call.body.board_section_id, pin.board_id);
      if ("status" in where) return where;
      const { board_id: _board, board_section_id: _section, ...changes } = pick(call.body, "Pin");
      Object.assign(pin, changes);
      call.state.movePin(pin, where.boardId, where.sectionId, call.now);
      return ok(pin);
    }),
  "pins/delete": (call) =>
    withPin(call, (pin) => {
      call.state.deletePin(pin.id, call.now);
      return NO_CONTENT;
    }),
  /** A save is a new Pin of this account pointing at the saved one (`parent_pin_id`); it only reads that one. */
  "pins/save": (call) => {
    const pin = call.view.pin(call.path.pin_id ?? "");
    if (pin === undefined) return NOT_FOUND.pin;
    const where = placement(call, call.body.board_id, call.body.board_section_id, pin.board_id);
    if ("status" in where) return where;
    const { id: _id, created_at: _created, ...copied } = pin;
    const saved = call.state.addPin(
      { ...copied, parent_pin_id: pin.id, board_id: where.boardId, board_section_id: where.sectionId },
      call.now,
    );
    return created(call, saved);
  },
};
