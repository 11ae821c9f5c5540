import { describe, expect, it } from "vitest";
import { type RecordedRequest, RequestLog } from "../../src/record/request-log.js";

const entry = (path: string): RecordedRequest => ({ method: "GET", path, query: {}, headers: {}, receivedAt: 0 });

describe("RequestLog", () => {
  it("keeps the most recent entries up to its limit and counts all", () => {
    const log = new RequestLog(2);
    for (const path of ["/a", "/b", "/c"]) log.add(entry(path));
    expect(log.list().map((e) => e.path)).toEqual(["/b", "/c"]);
    expect(log.count).toBe(3);
  });

  it("with limit 0 keeps nothing but still counts", () => {
    const log = new RequestLog(0);
    log.add(entry("/a"));
    expect(log.list()).toEqual([]);
    expect(log.count).toBe(1);
  });

  it("list is a copy", () => {
    const log = new RequestLog(5);
    log.add(entry("/a"));
    (log.list() as RecordedRequest[]).pop();
    expect(log.list()).toHaveLength(1);
  });

  it("clear forgets entries and the count", () => {
    const log = new RequestLog(5);
    log.add(entry("/a"));
    log.clear();
    expect([log.list(), log.count]).toEqual([[], 0]);
  });
});
