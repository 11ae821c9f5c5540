import { describe, expect, test } from "vitest";
import { closestOperations, resolveOperation } from "../../src/api/resolve-operation.js";

describe("resolveOperation", () => {
  test.each([
    ["a literal path", { given: ["get", "/user_account"], want: { operationId: "user_account/get", pathParams: {} } }],
    [
      "with the /v5 prefix and a query",
      { given: ["GET", "/v5/user_account?ad_account_id=1"], want: { operationId: "user_account/get", pathParams: {} } },
    ],
    [
      "a templated path",
      {
        given: ["GET", "/boards/5493/pins"],
        want: { operationId: "boards/list_pins", template: "/boards/{board_id}/pins", pathParams: { board_id: "5493" } },
      },
    ],
    [
      "two path parameters",
      {
        given: ["PATCH", "/boards/1/sections/2"],
        want: { operationId: "board_sections/update", pathParams: { board_id: "1", section_id: "2" } },
      },
    ],
    [
      "a literal segment before a template one",
      { given: ["GET", "/pins/analytics"], want: { operationId: "multi_pins/analytics", pathParams: {} } },
    ],
    [
      "an encoded parameter, decoded",
      { given: ["POST", "/user_account/following/a%20b"], want: { pathParams: { username: "a b" } } },
    ],
    ["a form operation", { given: ["POST", "/oauth/token"], want: { operationId: "oauth/token", pathParams: {} } }],
  ])("%s", (_name, { given: [method, path], want }) => {
    expect(resolveOperation(method as string, path as string)).toMatchObject(want);
  });

  test.each([
    ["an unknown path", ["GET", "/nowhere"]],
    ["a known path with another method", ["DELETE", "/user_account"]],
    ["a longer path", ["GET", "/user_account/extra/segments/here"]],
  ])("%s resolves to nothing", (_name, [method, path]) => {
    expect(resolveOperation(method as string, path as string)).toBeUndefined();
  });
});

describe("closestOperations", () => {
  test("a typo gets the pinned operation it was meant to be first", () => {
    expect(closestOperations("GET", "/user_acount")[0]).toBe("GET /user_account");
  });
});
