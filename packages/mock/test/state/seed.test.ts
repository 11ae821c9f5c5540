import { afterEach, describe, expect, it } from "vitest";
import { MOCK_ACCOUNT, type MockPinterest, MockPinterestError, startMockPinterest } from "../../src/index.js";

let mock: MockPinterest | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

describe("seeding the account", () => {
  it("defaults to two boards, a section and three Pins, with counts that match", async () => {
    mock = await startMockPinterest();
    const { account, boards, sections, pins } = mock.snapshot();
    expect([boards.length, sections.length, pins.length]).toEqual([2, 1, 3]);
    expect(account).toEqual(MOCK_ACCOUNT);
    expect(boards.map((board) => board.pin_count)).toEqual([2, 1]);
  });

  it("takes typed boards, sections and Pins, and an account over MOCK_ACCOUNT", async () => {
    mock = await startMockPinterest({
      account: { username: "maker" },
      boards: [{ id: "111", name: "Mine", privacy: "SECRET", sections: [{ id: "222", name: "Part" }] }],
      pins: [{ board_id: "111", board_section_id: "222", title: "One" }],
    });
    const snapshot = mock.snapshot();
    expect(snapshot.account).toMatchObject({ username: "maker", board_count: 1, pin_count: 1 });
    expect(snapshot.boards).toEqual([
      expect.objectContaining({ id: "111", name: "Mine", privacy: "SECRET", pin_count: 1, owner: { username: "maker" } }),
    ]);
    expect(snapshot.sections).toEqual([{ id: "222", board_id: "111", name: "Part" }]);
    expect(snapshot.pins).toEqual([
      expect.objectContaining({ board_id: "111", board_section_id: "222", title: "One", id: expect.stringMatching(/^\d+$/) }),
    ]);
  });

  const bad: [string, { given: Parameters<typeof startMockPinterest>[0]; want: RegExp }][] = [
    [
      "a Pin on an unknown board",
      { given: { boards: [], pins: [{ board_id: "1" }] }, want: /pins\[0\]\.board_id "1" is not a seeded board/ },
    ],
    [
      "a Pin in a section of another board",
      {
        given: {
          boards: [
            { id: "1", name: "a", sections: [{ id: "9", name: "s" }] },
            { id: "2", name: "b" },
          ],
          pins: [{ board_id: "2", board_section_id: "9" }],
        },
        want: /section of board 2/,
      },
    ],
    [
      "a board id that is not numeric",
      {
        given: { boards: [{ id: "abc", name: "x" }] },
        want: /boards\[0\] does not match the pinned schema: id must match pattern/,
      },
    ],
    [
      "a repeated board id",
      {
        given: {
          boards: [
            { id: "1", name: "x" },
            { id: "1", name: "y" },
          ],
        },
        want: /repeats another board's id/,
      },
    ],
    [
      "an account field of the wrong type",
      {
        given: { account: { account_type: "ROBOT" as never } },
        want: /account does not match the pinned schema: account_type must be one of/,
      },
    ],
  ];
  it.each(bad)("refuses %s, naming it", async (_name, { given, want }) => {
    const error = await startMockPinterest(given).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MockPinterestError);
    expect(error).toMatchObject({ code: "INVALID_OPTIONS", message: expect.stringMatching(want) });
  });

  it("reset replaces the account; tokens stay valid", async () => {
    mock = await startMockPinterest();
    const token = mock.issueAccessToken({ scopes: ["boards:read"] });
    mock.reset({ boards: [{ name: "Only" }] });
    const answer = await fetch(`${mock.baseUrl}/boards`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await answer.json()) as { items: { name: string }[] }).items.map((board) => board.name)).toEqual(["Only"]);
  });
});
