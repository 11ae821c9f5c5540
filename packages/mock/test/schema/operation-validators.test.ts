import { describe, expect, it } from "vitest";
import { operationValidators } from "../../src/schema/operation-validators.js";

describe("POST /pins body (PinCreate, media_source discriminated by source_type, closed)", () => {
  const body = operationValidators("pins/create").body;
  const image = { source_type: "image_url", url: "https://example.com/a.jpg" };
  const cases: [string, { given: unknown; want: true | string }][] = [
    ["an image_url source", { given: { board_id: "1", media_source: image }, want: true }],
    ["a video_id source", { given: { board_id: "1", media_source: { source_type: "video_id", media_id: "2" } }, want: true }],
    [
      "a video_id source without media_id",
      { given: { board_id: "1", media_source: { source_type: "video_id" } }, want: "media_id" },
    ],
    [
      "a field of another source type",
      { given: { board_id: "1", media_source: { ...image, media_id: "2" } }, want: "media_source.media_id is not declared" },
    ],
    [
      "an unknown source type",
      { given: { board_id: "1", media_source: { source_type: "gif", url: "x" } }, want: "media_source" },
    ],
    [
      "an undeclared top-level field",
      { given: { board_id: "1", media_source: image, colour: "red" }, want: "colour is not declared" },
    ],
    ["a board id that is not numeric", { given: { board_id: "abc", media_source: image }, want: "board_id must match pattern" }],
    ["not an object", { given: [], want: "must be object" }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    const result = body?.(given);
    if (want === true) expect(result).toEqual({ valid: true });
    else expect(result).toEqual({ valid: false, problem: expect.stringContaining(want) });
  });
});

describe("query parameters", () => {
  const query = operationValidators("boards/list").query;
  const cases: [string, { given: Record<string, unknown>; want: true | string }][] = [
    ["page_size 1", { given: { page_size: 1 }, want: true }],
    ["page_size 250", { given: { page_size: 250 }, want: true }],
    ["page_size 0", { given: { page_size: 0 }, want: "page_size must be >= 1" }],
    ["page_size 251", { given: { page_size: 251 }, want: "page_size must be <= 250" }],
    ["page_size as text", { given: { page_size: "ten" }, want: "page_size must be integer" }],
    ["an enum value", { given: { privacy: "SECRET" }, want: true }],
    ["another value", { given: { privacy: "HIDDEN" }, want: 'privacy must be one of "ALL"' }],
    ["an undeclared parameter", { given: { sort: "name" }, want: "sort is not declared" }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    const result = query(given);
    if (want === true) expect(result).toEqual({ valid: true });
    else expect(result).toEqual({ valid: false, problem: expect.stringContaining(want) });
  });

  it("knows which statuses each operation declares", () => {
    expect([...operationValidators("board_sections/create").statuses].sort()).toEqual([
      "201",
      "400",
      "403",
      "409",
      "500",
      "default",
    ]);
    expect(operationValidators("boards/delete").response(204)).toBeUndefined();
    expect(operationValidators("board_sections/list").response(404)).toBeDefined(); // by `default`
  });
});
