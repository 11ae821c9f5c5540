import { describe, expect, it } from "vitest";
import { matchOperation, tableOperations } from "../../src/api/operation-table.js";

describe("matchOperation (routing from the generated table)", () => {
  const cases: [string, { given: [string, string]; want: unknown }][] = [
    ["a literal path", { given: ["GET", "/v5/boards"], want: { kind: "operation", id: "boards/list", params: {} } }],
    [
      "a path parameter",
      { given: ["GET", "/v5/boards/123"], want: { kind: "operation", id: "boards/get", params: { board_id: "123" } } },
    ],
    [
      "a literal segment before a parameter",
      { given: ["GET", "/v5/pins/analytics"], want: { kind: "operation", id: "multi_pins/analytics", params: {} } },
    ],
    [
      "a parameter where the literal path lacks the method",
      {
        given: ["POST", "/v5/user_account/following/boards"],
        want: { kind: "operation", id: "follow_user/update", params: { username: "boards" } },
      },
    ],
    [
      "percent-decoded parameters",
      {
        given: ["GET", "/v5/users/a%20b/interests/follow"],
        want: { kind: "operation", id: "user_account/followed_interests", params: { username: "a b" } },
      },
    ],
    ["an undecodable parameter", { given: ["GET", "/v5/boards/%zz"], want: { kind: "not-found" } }],
    ["a method the path lacks", { given: ["PUT", "/v5/boards"], want: { kind: "method-not-allowed", allow: ["GET", "POST"] } }],
    ["a path outside /v5", { given: ["GET", "/boards"], want: { kind: "not-found" } }],
    ["a trailing slash", { given: ["GET", "/v5/boards/"], want: { kind: "not-found" } }],
    ["the token endpoint, served by its own route", { given: ["POST", "/v5/oauth/token"], want: { kind: "not-found" } }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    const match = matchOperation(...given);
    const seen =
      match.kind === "operation"
        ? { kind: match.kind, id: match.operation.operationId, params: match.pathParameters }
        : match.kind === "method-not-allowed"
          ? { kind: match.kind, allow: [...match.allow].sort() }
          : match;
    expect(seen).toEqual(want);
  });

  it("holds every pinned operation but the two token endpoints", () => {
    expect(tableOperations()).toHaveLength(39);
    expect(tableOperations().every((operation) => operation.security.length > 0)).toBe(true);
  });
});
