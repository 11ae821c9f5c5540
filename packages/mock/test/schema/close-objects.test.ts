import { Ajv2019 } from "ajv/dist/2019.js";
import { describe, expect, it } from "vitest";
import { closeInside, closeObjects } from "../../src/schema/close-objects.js";
import type { JsonSchema } from "../../src/schema/to-json-schema.js";

const defs: Record<string, JsonSchema> = {
  Base: { type: "object", properties: { id: { type: "string" } } },
  Child: { type: "object", properties: { name: { type: "string" } }, allOf: [{ $ref: "#/$defs/Base" }] },
  Map: { type: "object", additionalProperties: { type: "number" } },
  Holder: { type: "object", properties: { child: { $ref: "#/$defs/Child" }, figures: { $ref: "#/$defs/Map" } } },
};
const resolve = (ref: string) => defs[ref.slice("#/$defs/".length)];

function validator(root: string) {
  const closedDefs = Object.fromEntries(Object.entries(defs).map(([name, schema]) => [name, closeInside(schema, resolve)]));
  const ajv = new Ajv2019({ strict: true, strictTypes: false });
  return ajv.compile({ $defs: closedDefs, ...closeObjects({ $ref: `#/$defs/${root}` }, resolve) });
}

describe("closeObjects", () => {
  const cases: [string, { given: [string, unknown]; want: boolean }][] = [
    ["a child with its parent's fields (allOf)", { given: ["Child", { id: "1", name: "n" }], want: true }],
    ["a field neither declares", { given: ["Child", { id: "1", extra: 1 }], want: false }],
    ["a nested object's undeclared field", { given: ["Holder", { child: { id: "1", extra: true } }], want: false }],
    ["a nested object's declared fields", { given: ["Holder", { child: { name: "n" } }], want: true }],
    ["an open map stays open", { given: ["Holder", { figures: { IMPRESSION: 1, SAVE: 2 } }], want: true }],
    ["an open map still checks its values", { given: ["Holder", { figures: { IMPRESSION: "many" } }], want: false }],
    ["an undeclared field at the root", { given: ["Holder", { child: {}, other: 1 }], want: false }],
  ];
  it.each(cases)("%s", (_name, { given: [root, value], want }) => {
    expect(validator(root)(value)).toBe(want);
  });
});
