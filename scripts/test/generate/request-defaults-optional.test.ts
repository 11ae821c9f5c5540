import { describe, expect, test } from "vitest";
import { requestSchemas } from "../../src/generate/request-defaults-optional.js";
import type { OpenApiDocument } from "../../src/shared/openapi.js";
import { miniUpstream } from "../fixtures/mini-upstream.js";

const schemasOf = (doc: OpenApiDocument) => doc.components?.schemas as Record<string, Record<string, unknown>>;

describe("requestSchemas", () => {
  const cases: [string, { given: (doc: OpenApiDocument) => void; want: Record<string, string[]> }][] = [
    [
      "a request body's schema and the children its discriminator mapping names",
      {
        given: () => {},
        want: {
          TokenRequest: ["grant_type"],
          TokenRequestCode: ["code", "grant_type"],
          TokenRequestRefresh: ["grant_type", "refresh_token"],
        },
      },
    ],
    [
      "a schema a request schema's property refers to, and the required lists of its allOf parts",
      {
        given: (doc) => {
          Object.assign(schemasOf(doc).TokenRequestCode?.properties ?? {}, { extra: { $ref: "#/components/schemas/Extra" } });
          schemasOf(doc).Extra = { allOf: [{ properties: { flag: { type: "boolean", default: true } }, required: ["other"] }] };
        },
        want: {
          Extra: ["other"],
          TokenRequest: ["grant_type"],
          TokenRequestCode: ["code", "grant_type"],
          TokenRequestRefresh: ["grant_type", "refresh_token"],
        },
      },
    ],
  ];
  test.each(cases)("%s", (_name, { given, want }) => {
    const doc = miniUpstream();
    given(doc);
    const reached = Object.fromEntries([...requestSchemas(doc)].map(([name, required]) => [name, [...required].sort()]));
    expect(reached).toEqual(want);
  });

  test("response-only schemas are not reached", () => {
    const reached = requestSchemas(miniUpstream());
    expect(reached.has("TokenResponse")).toBe(false);
    expect(reached.has("Account")).toBe(false);
  });
});
