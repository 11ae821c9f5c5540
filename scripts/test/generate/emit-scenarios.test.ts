import { describe, expect, test } from "vitest";
import { emitMockSchemas } from "../../src/generate/emit-mock-schemas.js";
import { emitOperationTable } from "../../src/generate/emit-operation-table.js";
import { emitSchemaTypes } from "../../src/generate/emit-schema-types.js";
import type { OpenApiDocument } from "../../src/shared/openapi.js";
import { miniUpstream } from "../fixtures/mini-upstream.js";

// Scenario snapshots of generated output (reviewed like code): a change to an emitter shows up
// as a diff of these files. `vitest -u` rewrites them; CI never does.
const scenarios: [string, { given: () => OpenApiDocument }][] = [
  ["mini-upstream", { given: () => miniUpstream() }],
  [
    "discriminator-as-one-of",
    {
      given: () => {
        const doc = miniUpstream();
        const schemas = doc.components?.schemas as Record<string, Record<string, unknown>>;
        Object.assign(schemas.TokenRequest ?? {}, {
          oneOf: [{ $ref: "#/components/schemas/TokenRequestCode" }, { $ref: "#/components/schemas/TokenRequestRefresh" }],
        });
        return doc;
      },
    },
  ],
  [
    // A defaulted property stays optional in a request body's component and required in a
    // response's; the mock learns the 201 a create operation answers.
    "request-defaults-and-201",
    {
      given: () => {
        const doc = miniUpstream();
        const privacy = { type: "string", enum: ["PUBLIC", "SECRET"], default: "PUBLIC" };
        Object.assign(doc.components?.schemas ?? {}, {
          BoardCreate: { type: "object", properties: { name: { type: "string" }, privacy }, required: ["name"] },
          Board: { type: "object", properties: { id: { type: "string" }, privacy } },
        });
        doc.paths["/boards"] = {
          post: {
            operationId: "boards/create",
            tags: ["boards"],
            requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/BoardCreate" } } } },
            responses: {
              "201": {
                description: "created",
                content: { "application/json": { schema: { $ref: "#/components/schemas/Board" } } },
              },
            },
          },
        };
        return doc;
      },
    },
  ],
];

describe.each(scenarios)("generated output for %s", (name, { given }) => {
  test("schema types", async () => {
    await expect(await emitSchemaTypes(given())).toMatchFileSnapshot(`__snapshots__/${name}.schema.ts.snap`);
  });
  test("operation table", async () => {
    await expect(emitOperationTable(given())).toMatchFileSnapshot(`__snapshots__/${name}.operations.ts.snap`);
  });
  test("mock schemas", async () => {
    await expect(emitMockSchemas(given())).toMatchFileSnapshot(`__snapshots__/${name}.mock-schemas.ts.snap`);
  });
});
