import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type MockPinterest, startMockPinterest } from "../../src/index.js";
import { manualClock } from "../helpers.js";
import { clientWith, expectSchemaValid } from "./api-fixtures.js";

let mock: MockPinterest;
const clock = manualClock(Date.UTC(2026, 5, 1));
beforeEach(async () => {
  mock = await startMockPinterest({ clock: clock.now, boards: [], account: { username: "tester" } });
});
afterEach(async () => {
  await mock.close();
});

const image = (url: string) => ({ source_type: "image_url" as const, url });

describe("a scripted session, checked against the snapshot after each step", () => {
  it("create, list, update, save, delete", async () => {
    const api = clientWith(mock);
    const board = await api.POST("/boards", {
      body: { name: "Trips", description: "Where next", privacy: "PUBLIC" },
    });
    expectSchemaValid("boards/create", board);
    const boardId = board.data?.id ?? "";
    expect(boardId).toMatch(/^\d+$/);
    expect(mock.snapshot().boards).toEqual([
      expect.objectContaining({
        id: boardId,
        name: "Trips",
        pin_count: 0,
        created_at: "2026-06-01T00:00:00.000Z",
        owner: { username: "tester" },
      }),
    ]);
    expect((await api.GET("/boards")).data?.items.map((b) => b.id)).toEqual([boardId]);
    expect((await api.GET("/search/boards", { params: { query: { query: "TRIP" } } })).data?.items.map((b) => b.id)).toEqual([
      boardId,
    ]);

    clock.advance(60_000);
    const section = await api.POST("/boards/{board_id}/sections", {
      params: { path: { board_id: boardId } },
      body: { name: "Beaches" },
    });
    const sectionId = section.data?.id ?? "";
    const other = (await api.POST("/boards", { body: { name: "Food", privacy: "SECRET" } })).data?.id ?? "";
    const pin = await api.POST("/pins", {
      body: { board_id: boardId, title: "Lisbon", media_source: image("https://example.com/lx.jpg") },
    });
    const pinId = pin.data?.id ?? "";
    expect(mock.snapshot().boards.find((b) => b.id === boardId)).toMatchObject({
      pin_count: 1,
      board_pins_modified_at: "2026-06-01T00:01:00.000Z",
    });
    expect(mock.snapshot().account).toMatchObject({ board_count: 2, pin_count: 1 });

    const updated = await api.PATCH("/pins/{pin_id}", {
      params: { path: { pin_id: pinId } },
      body: { title: "Lisboa", board_section_id: sectionId },
    });
    expectSchemaValid("pins/update", updated);
    expect(mock.snapshot().pins).toEqual([
      expect.objectContaining({ id: pinId, title: "Lisboa", board_id: boardId, board_section_id: sectionId }),
    ]);
    const inSection = await api.GET("/boards/{board_id}/sections/{section_id}/pins", {
      params: { path: { board_id: boardId, section_id: sectionId } },
    });
    expect(inSection.data?.items.map((p) => p.id)).toEqual([pinId]);

    const saved = await api.POST("/pins/{pin_id}/save", { params: { path: { pin_id: pinId } }, body: { board_id: other } });
    expectSchemaValid("pins/save", saved);
    const savedId = saved.data?.id ?? "";
    expect(mock.snapshot().pins.find((p) => p.id === savedId)).toMatchObject({
      board_id: other,
      parent_pin_id: pinId,
      title: "Lisboa",
    });
    expect(mock.snapshot().boards.map((b) => [b.name, b.pin_count])).toEqual([
      ["Trips", 1],
      ["Food", 1],
    ]);
    // The secret board's Pin is listed with pin_type=PRIVATE, and the secret board only with privacy filters that include it.
    expect((await api.GET("/pins", { params: { query: { pin_type: "PRIVATE" } } })).data?.items.map((p) => p.id)).toEqual([
      savedId,
    ]);
    expect((await api.GET("/boards")).data?.items.map((b) => b.name)).toEqual(["Trips"]);
    expect((await api.GET("/boards", { params: { query: { privacy: "ALL" } } })).data?.items.map((b) => b.name)).toEqual([
      "Trips",
      "Food",
    ]);

    expect((await api.DELETE("/boards/{board_id}", { params: { path: { board_id: boardId } } })).response.status).toBe(204);
    const gone = await api.GET("/pins/{pin_id}", { params: { path: { pin_id: pinId } } });
    expect([gone.response.status, gone.error]).toEqual([404, { code: 50, message: "Pin not found." }]);
    expect((await api.GET("/boards/{board_id}/pins", { params: { path: { board_id: boardId } } })).response.status).toBe(404);
    const after = mock.snapshot();
    expect(after.boards.map((b) => b.id)).toEqual([other]);
    expect(after.sections).toEqual([]);
    expect(after.pins.map((p) => p.id)).toEqual([savedId]);
    expect(after.account).toMatchObject({ board_count: 1, pin_count: 1 });
  });

  it("a snapshot is frozen and does not follow later changes", async () => {
    const before = mock.snapshot();
    expect(Object.isFrozen(before.boards)).toBe(true);
    expect(() => (before.boards as unknown[]).push({})).toThrow(TypeError);
    await clientWith(mock).POST("/boards", { body: { name: "Later", privacy: "PUBLIC" } });
    expect(before.boards).toEqual([]);
    expect(mock.snapshot().boards).toHaveLength(1);
  });
});
