import { describe, expect, test } from "vitest";
import type { OpenApiDocument } from "../../src/shared/openapi.js";
import { checkDiscriminators, type DiscriminatorIssue } from "../../src/spec-validate/check-discriminators.js";
import { miniUpstream } from "../fixtures/mini-upstream.js";

type Schemas = Record<string, Record<string, unknown>>;
const schemasOf = (doc: OpenApiDocument) => doc.components?.schemas as Schemas;
const optionalResponseType = "invalid optional definition of response_type, include it in required";

// A token response parent shaped like Pinterest's: an anyOf of children whose response_type is
// optional, plus a discriminator on it (what 5.23 with the overlay's anyOf had before the fix).
function withResponseDiscriminator(doc: OpenApiDocument, edit: (schemas: Schemas) => void = () => {}): OpenApiDocument {
  const schemas = schemasOf(doc);
  schemas.Code = { type: "object", properties: { response_type: { type: "string", enum: ["authorization_code"] } } };
  schemas.Refresh = { allOf: [{ $ref: "#/components/schemas/Base" }] };
  schemas.Base = { type: "object", properties: { response_type: { type: "string" } } };
  schemas.TokenResponse = {
    anyOf: [{ $ref: "#/components/schemas/Code" }, { $ref: "#/components/schemas/Refresh" }],
    discriminator: { propertyName: "response_type" },
  };
  edit(schemas);
  return doc;
}

describe("checkDiscriminators", () => {
  const cases: [string, { given: () => OpenApiDocument; want: Omit<DiscriminatorIssue, "property">[] }][] = [
    ["the mini upstream's request discriminator (every child requires grant_type)", { given: () => miniUpstream(), want: [] }],
    [
      "an optional property, own or inherited through allOf, is reported per child",
      {
        given: () => withResponseDiscriminator(miniUpstream()),
        want: [
          { schema: "TokenResponse", child: "Code", message: optionalResponseType },
          { schema: "TokenResponse", child: "Refresh", message: optionalResponseType },
        ],
      },
    ],
    [
      "a child without the property at all",
      {
        given: () => withResponseDiscriminator(miniUpstream(), (schemas) => (schemas.Code = { type: "object" })),
        want: [
          { schema: "TokenResponse", child: "Code", message: "response_type is missing" },
          { schema: "TokenResponse", child: "Refresh", message: optionalResponseType },
        ],
      },
    ],
    [
      "required in each child (own list or the allOf parent's) is fine",
      {
        given: () =>
          withResponseDiscriminator(miniUpstream(), (schemas) => {
            Object.assign(schemas.Code ?? {}, { required: ["response_type"] });
            Object.assign(schemas.Base ?? {}, { required: ["response_type"] });
          }),
        want: [],
      },
    ],
    [
      "no discriminator, only the anyOf: nothing to dispatch on, nothing to report",
      {
        given: () => withResponseDiscriminator(miniUpstream(), (schemas) => delete schemas.TokenResponse?.discriminator),
        want: [],
      },
    ],
  ];
  test.each(cases)("%s", (_name, { given, want }) => {
    expect(checkDiscriminators(given()).map(({ property: _property, ...issue }) => issue)).toEqual(want);
  });
});
