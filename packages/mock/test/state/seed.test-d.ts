import type { components } from "@pinterest-kit/client";
import { describe, expectTypeOf, it } from "vitest";
import { type Board, type MockPinterest, type MockStateSnapshot, type Pin, startMockPinterest } from "../../src/index.js";

declare const mock: MockPinterest;

describe("seeds and snapshots are typed by the pinned spec", () => {
  it("a seeded board is the spec's Board with only `name` required", () => {
    void startMockPinterest({ boards: [{ name: "Summer", privacy: "SECRET", sections: [{ name: "Drinks" }] }] });
    // @ts-expect-error a board needs a name
    void startMockPinterest({ boards: [{ privacy: "SECRET" }] });
    // @ts-expect-error privacy is the spec's enum
    void startMockPinterest({ boards: [{ name: "x", privacy: "HIDDEN" }] });
    // @ts-expect-error pin_count follows the state; it is not seeded
    void startMockPinterest({ boards: [{ name: "x", pin_count: 3 }] });
  });

  it("a seeded Pin needs its board", () => {
    void startMockPinterest({ pins: [{ board_id: "1", title: "t" }] });
    // @ts-expect-error board_id is required
    void startMockPinterest({ pins: [{ title: "t" }] });
  });

  it("a snapshot holds the spec's resources, read-only", () => {
    expectTypeOf(mock.snapshot()).toEqualTypeOf<MockStateSnapshot>();
    expectTypeOf(mock.snapshot().boards[0]).toEqualTypeOf<Readonly<Board> | undefined>();
    expectTypeOf<Board["name"]>().toEqualTypeOf<components["schemas"]["Board"]["name"]>();
    expectTypeOf<Pin["id"]>().toEqualTypeOf<string>();
    const snapshot = mock.snapshot();
    // @ts-expect-error the snapshot's lists are read-only
    snapshot.boards.push({} as Board);
    expectTypeOf(mock.issueAccessToken).returns.toEqualTypeOf<string>();
    // @ts-expect-error scopes are required
    mock.issueAccessToken({ appOnly: true });
  });
});
