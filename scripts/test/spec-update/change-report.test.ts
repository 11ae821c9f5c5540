import { describe, expect, test } from "vitest";
import type { OpenApiDocument } from "../../src/shared/openapi.js";
import { diffFragments, formatChangeReport, type SpecChange } from "../../src/spec-update/change-report.js";
import { miniUpstream } from "../fixtures/mini-upstream.js";
import { tokenInheritance } from "./fixtures/token-inheritance.js";

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

describe("diffFragments compares effective shapes (allOf and $ref parts resolved)", () => {
  const fieldsOf = (changes: SpecChange[]) => changes.filter((change) => change.subject === "field");
  const cases: [string, { given: [OpenApiDocument, OpenApiDocument]; want: Partial<SpecChange>[] }][] = [
    [
      "5.4.1 → 5.23: inherited fields now inline are not removed",
      { given: [tokenInheritance("5.4.1"), tokenInheritance("5.23.0")], want: [] },
    ],
    [
      "5.23 → 5.4.1: inline fields now inherited are not removed",
      { given: [tokenInheritance("5.23.0"), tokenInheritance("5.4.1")], want: [] },
    ],
  ];
  test.each(cases)("%s", (_name, { given: [before, after], want }) => {
    const changes = diffFragments(before, after);
    expect(fieldsOf(changes)).toEqual(want);
    expect(changes).toContainEqual({
      subject: "schema",
      name: "TokenResponseCode",
      kind: "changed",
      breaking: false,
      detail: "same effective fields",
    });
  });

  test("a field the parent loses is reported on the child that inherits it", () => {
    const before = tokenInheritance("5.4.1");
    const after = tokenInheritance("5.4.1");
    delete schemas(after).TokenResponse?.properties.expires_in;
    expect(fieldsOf(diffFragments(before, after))).toEqual([
      { subject: "field", name: "TokenResponse.expires_in", kind: "removed", breaking: true },
      { subject: "field", name: "TokenResponseCode.expires_in", kind: "removed", breaking: true },
    ]);
  });

  test("a field the parent makes required is reported on the unchanged child", () => {
    const before = tokenInheritance("5.4.1");
    const after = tokenInheritance("5.4.1");
    schemas(after).TokenResponse?.required?.push("expires_in");
    expect(diffFragments(before, after)).toContainEqual({
      subject: "field",
      name: "TokenResponseCode.expires_in",
      kind: "changed",
      breaking: true,
      detail: "now required",
    });
  });

  test("a $ref cycle stops instead of recursing forever", () => {
    const before = miniUpstream();
    const after = miniUpstream();
    for (const doc of [before, after]) {
      Object.assign(schemas(doc), {
        A: { allOf: [{ $ref: "#/components/schemas/B" }], properties: { a: { type: "string" } } },
        B: { allOf: [{ $ref: "#/components/schemas/A" }], properties: { b: { type: "string" } } },
      });
    }
    delete schemas(after).B?.properties.b;
    expect(fieldsOf(diffFragments(before, after)).map((change) => change.name)).toEqual(["A.b", "B.b"]);
  });
});

describe("diffFragments names operations that came or went under the selected tags", () => {
  const selection = { tags: ["pins"], operations: ["oauth/token"], excludeOperations: [] };
  const withPinGet = (doc: OpenApiDocument, tags: string[]) => {
    doc.paths["/pins/{pin_id}"] = { get: { operationId: "pins/get", tags, responses: {} } };
    return doc;
  };
  test("an operation newly tagged pins", () => {
    const changes = diffFragments(miniUpstream(), withPinGet(miniUpstream(), ["pins"]), { selection });
    expect(changes).toContainEqual({
      subject: "operation",
      name: "pins/get",
      kind: "added",
      breaking: false,
      detail: "new under tag pins",
    });
  });
  test("an operation that lost the tag, and one gone from upstream", () => {
    const upstream = withPinGet(miniUpstream(), ["ads"]);
    const changes = diffFragments(withPinGet(miniUpstream(), ["pins"]), miniUpstream(), { selection, upstream });
    expect(changes).toContainEqual({
      subject: "operation",
      name: "pins/get",
      kind: "removed",
      breaking: true,
      detail: "no longer tagged pins",
    });
    const gone = diffFragments(withPinGet(miniUpstream(), ["pins"]), miniUpstream(), { selection, upstream: miniUpstream() });
    expect(gone).toContainEqual({
      subject: "operation",
      name: "pins/get",
      kind: "removed",
      breaking: true,
      detail: "gone from upstream",
    });
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
