import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { defineInspect, INSPECT, inspectError } from "../../src/errors/inspect.js";
import { PinterestApiError } from "../../src/errors/pinterest-api-error.js";
import { MediaUploadError } from "../../src/media/media-upload-error.js";

describe("defineInspect", () => {
  test("util.inspect shows what `show` returns, given Node's options", () => {
    const target = { secret: "pina_hidden" };
    const seen: unknown[] = [];
    defineInspect(target, (options) => {
      seen.push(options.depth);
      return "Shown";
    });
    expect(inspect(target, { depth: 4 })).toBe("Shown");
    expect(seen).toEqual([4]);
  });

  test("the hook is not data: it stays out of keys, spreads and JSON", () => {
    const target = { field: 1 };
    defineInspect(target, () => "Shown");
    expect(Object.keys(target)).toEqual(["field"]);
    expect({ ...target }).toEqual({ field: 1 });
    expect(Object.getOwnPropertySymbols({ ...target })).toEqual([]);
    expect(JSON.stringify(target)).toBe('{"field":1}');
  });

  // A class method under the computed key [INSPECT] makes bundlers keep the class in every bundle.
  test.each([
    ["PinterestApiError", new PinterestApiError("failed", { kind: "not_found", operation: "GET /boards", status: 404 })],
    ["MediaUploadError", new MediaUploadError("failed", { kind: "media_failed", mediaId: "1" })],
  ])("%s carries its hook on the instance, not on its prototype", (_name, error) => {
    expect(Object.getOwnPropertySymbols(Object.getPrototypeOf(error))).toEqual([]);
    expect(Object.getOwnPropertySymbols(error)).toEqual([INSPECT]);
    expect(inspect(error)).toContain(error.message);
  });
});

describe("inspectError", () => {
  test("the stack, the fields of toJSON() that are set, then the cause one level deeper", () => {
    const cause = new Error("socket hang up");
    const error = Object.assign(new Error("GET /boards failed"), {
      cause,
      toJSON: () => ({ name: "E", message: "GET /boards failed", kind: "network", status: undefined }),
    });
    const text = inspectError(error, { depth: 2 }, (value, options) => inspect(value, options));
    expect(text.startsWith(`${error.stack} { kind: 'network' }`)).toBe(true);
    expect(text).not.toContain("status");
    expect(text).toContain("[cause]: Error: socket hang up");
  });

  test("without Node's inspect (browsers, edge runtimes) the fields are JSON", () => {
    const error = Object.assign(new Error("x"), { toJSON: () => ({ name: "E", message: "x", kind: "network" }) });
    expect(inspectError(error)).toBe(`${error.stack} {"kind":"network"}`);
  });
});
