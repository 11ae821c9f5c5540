import { describe, expect, it } from "vitest";
import { readPath, readQuery } from "../../src/api/read-parameters.js";
import type { ParameterShape } from "../../src/schema/operation-validators.js";

const shape = (name: string, kind: ParameterShape["kind"], itemKind: ParameterShape["itemKind"] = "string"): ParameterShape => ({
  name,
  in: "query",
  required: false,
  explode: true,
  kind,
  itemKind,
});
const SHAPES = [
  shape("page_size", "integer"),
  shape("pin_metrics", "boolean"),
  shape("creative_types", "array"),
  shape("ratio", "number"),
];

describe("readQuery (OpenAPI 3.0.3 §4.7.12.4 style: form)", () => {
  const cases: [string, { given: string; want: unknown }][] = [
    ["an integer", { given: "page_size=25", want: { ok: true, values: { page_size: 25 } } }],
    ["an integer that is not one stays text", { given: "page_size=2.5", want: { ok: true, values: { page_size: "2.5" } } }],
    ["booleans from their exact text", { given: "pin_metrics=true", want: { ok: true, values: { pin_metrics: true } } }],
    ["a boolean in another spelling stays text", { given: "pin_metrics=1", want: { ok: true, values: { pin_metrics: "1" } } }],
    ["a number", { given: "ratio=1.5e2", want: { ok: true, values: { ratio: 150 } } }],
    [
      "an exploded array",
      {
        given: "creative_types=VIDEO&creative_types=REGULAR",
        want: { ok: true, values: { creative_types: ["VIDEO", "REGULAR"] } },
      },
    ],
    [
      "a comma-separated array",
      { given: "creative_types=VIDEO,REGULAR", want: { ok: true, values: { creative_types: ["VIDEO", "REGULAR"] } } },
    ],
    ["an undeclared parameter, left for the schema to refuse", { given: "x=1", want: { ok: true, values: { x: "1" } } }],
    [
      "a repeated scalar",
      { given: "page_size=1&page_size=2", want: { ok: false, problem: "page_size is given more than once" } },
    ],
    ["percent-encoding", { given: "x=a%20b", want: { ok: true, values: { x: "a b" } } }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(readQuery(given, SHAPES)).toEqual(want);
  });
});

describe("readPath", () => {
  it("types path parameters like query ones", () => {
    expect(readPath({ id: "12" }, [{ ...shape("id", "integer"), in: "path" }])).toEqual({ id: 12 });
    expect(readPath({ id: "12" }, [])).toEqual({ id: "12" });
  });
});
