import { describe, expect, test } from "vitest";
import { parseFields } from "../../src/api/request-fields.js";

const f = (text: string) => ({ raw: true, text });
const F = (text: string) => ({ raw: false, text });

describe("parseFields", () => {
  test.each([
    ["strings stay strings with -f", { given: [f("name=Recipes"), f("count=3")], want: { name: "Recipes", count: "3" } }],
    [
      "-F types JSON literals",
      {
        given: [F("count=3"), F("on=true"), F("off=false"), F("none=null"), F("x=1.5e3")],
        want: { count: 3, on: true, off: false, none: null, x: "1.5e3" },
      },
    ],
    ["an = inside the value", { given: [f("link=https://a.example/?q=1")], want: { link: "https://a.example/?q=1" } }],
    [
      "nested objects",
      {
        given: [f("media_source[source_type]=image_url"), f("media_source[url]=https://i.example/a.jpg")],
        want: { media_source: { source_type: "image_url", url: "https://i.example/a.jpg" } },
      },
    ],
    ["arrays", { given: [f("tags[]=a"), f("tags[]=b")], want: { tags: ["a", "b"] } }],
    ["objects in arrays", { given: [f("items[][title]=a")], want: { items: [{ title: "a" }] } }],
  ])("%s", (_name, { given, want }) => {
    expect(parseFields(given)).toEqual(want);
  });

  test.each([
    ["no =", [f("name")], /not key=value/],
    ["an empty key", [f("=x")], /not key=value/],
    ["a malformed key", [f("a[b=c")], /must look like/],
    ["a key set twice", [f("a=1"), f("a=2")], /sets a twice/],
    ["a value then an object", [f("a=1"), f("a[b]=2")], /conflicts/],
    ["an object then an array", [f("a[b]=1"), f("a[]=2")], /conflicts/],
  ])("refuses %s", (_name, given, want) => {
    expect(() => parseFields(given)).toThrow(want);
  });
});
