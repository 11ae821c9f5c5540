import { describe, expect, test } from "vitest";
import type { OpenApiDocument } from "../../src/shared/openapi.js";
import { diffFragments, formatChangeReport, type SpecChange } from "../../src/spec-update/change-report.js";
import { miniUpstream } from "../fixtures/mini-upstream.js";

type Edit = (doc: OpenApiDocument) => void;
const schemas = (doc: OpenApiDocument) =>
  doc.components?.schemas as Record<string, { properties: Record<string, unknown>; required?: string[] }>;

describe("diffFragments", () => {
  const cases: [string, { given: Edit; want: Partial<SpecChange>[] }][] = [
    ["no change", { given: () => {}, want: [] }],
    [
      "an operation removed is breaking",
      {
        given: (doc) => delete doc.paths["/pins"],
        want: [{ subject: "operation", name: "pins/list", kind: "removed", breaking: true }],
      },
    ],
    [
      "a schema added is not breaking",
      {
        given: (doc) => Object.assign(schemas(doc), { Board: { type: "object" } }),
        want: [{ subject: "schema", name: "Board", kind: "added", breaking: false }],
      },
    ],
    [
      "an optional field added",
      {
        given: (doc) => Object.assign(schemas(doc).Account?.properties ?? {}, { bio: { type: "string" } }),
        want: [
          { subject: "schema", name: "Account", kind: "changed", breaking: false },
          { subject: "field", name: "Account.bio", kind: "added", breaking: false },
        ],
      },
    ],
    [
      "a field removed is breaking",
      {
        given: (doc) => delete schemas(doc).TokenResponse?.properties.expires_in,
        want: [
          { subject: "schema", name: "TokenResponse", kind: "changed", breaking: true },
          { subject: "field", name: "TokenResponse.expires_in", kind: "removed", breaking: true },
        ],
      },
    ],
    [
      "a field's type changed is breaking",
      {
        given: (doc) => Object.assign(schemas(doc).TokenResponse?.properties ?? {}, { expires_in: { type: "string" } }),
        want: [
          { subject: "schema", name: "TokenResponse", kind: "changed", breaking: true },
          {
            subject: "field",
            name: "TokenResponse.expires_in",
            kind: "changed",
            breaking: true,
            detail: "type integer → string",
          },
        ],
      },
    ],
    [
      "a field made required is breaking",
      {
        given: (doc) => schemas(doc).TokenResponse?.required?.push("expires_in"),
        want: [
          { subject: "schema", name: "TokenResponse", kind: "changed", breaking: true },
          { subject: "field", name: "TokenResponse.expires_in", kind: "changed", breaking: true, detail: "now required" },
        ],
      },
    ],
  ];
  test.each(cases)("%s", (_name, { given, want }) => {
    const next = miniUpstream();
    given(next);
    const changes = diffFragments(miniUpstream(), next);
    expect(changes).toHaveLength(want.length);
    for (const [index, expected] of want.entries()) expect(changes[index]).toMatchObject(expected);
  });

  test("the first pin has nothing to compare", () => {
    expect(diffFragments(undefined, miniUpstream())).toEqual([]);
  });

  test("fields of allOf parts are compared too", () => {
    const before = miniUpstream();
    const after = miniUpstream();
    Object.assign(schemas(before), { Child: { allOf: [{ properties: { a: { type: "string" } } }] } });
    Object.assign(schemas(after), { Child: { allOf: [{ properties: {} }] } });
    expect(diffFragments(before, after)).toContainEqual({ subject: "field", name: "Child.a", kind: "removed", breaking: true });
  });
});

describe("formatChangeReport", () => {
  test("flags breaking lines and counts them", () => {
    const report = formatChangeReport([
      { subject: "operation", name: "pins/list", kind: "removed", breaking: true },
      { subject: "schema", name: "Board", kind: "added", breaking: false },
    ]);
    expect(report).toBe(
      ["2 change(s) against the previous pin, 1 breaking:", "  - operation pins/list [BREAKING]", "  + schema Board"].join("\n"),
    );
  });
  test("says when nothing changed", () => {
    expect(formatChangeReport([])).toBe("No changes against the previous pin.");
  });
});
