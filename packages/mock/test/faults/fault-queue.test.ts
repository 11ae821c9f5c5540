import { describe, expect, it } from "vitest";
import { FaultQueue } from "../../src/faults/fault-queue.js";

describe("FaultQueue", () => {
  it("applies a fault to the next `times` requests, then stops", () => {
    const queue = new FaultQueue();
    const handle = queue.add({ type: "drop" }, { times: 2 });
    expect([queue.take("/a")?.type, handle.remaining, queue.take("/b")?.type, handle.remaining, queue.take("/c")]).toEqual([
      "drop",
      1,
      "drop",
      0,
      undefined,
    ]);
  });

  it("matches `path` exactly and leaves other paths alone", () => {
    const queue = new FaultQueue();
    queue.add({ type: "drop" }, { path: "/v5/oauth/token" });
    expect(queue.take("/v5/oauth/token/revoke")).toBeUndefined();
    expect(queue.take("/v5/oauth/token")?.type).toBe("drop");
  });

  it("takes faults in the order they were queued", () => {
    const queue = new FaultQueue();
    queue.add({ type: "status", status: 500 });
    queue.add({ type: "drop" });
    expect([queue.take("/")?.type, queue.take("/")?.type, queue.take("/")]).toEqual(["status", "drop", undefined]);
  });

  it("cancel and clear remove faults", () => {
    const queue = new FaultQueue();
    const handle = queue.add({ type: "drop" }, { times: Number.POSITIVE_INFINITY });
    handle.cancel();
    expect([queue.take("/"), handle.remaining]).toEqual([undefined, 0]);
    queue.add({ type: "drop" });
    queue.clear();
    expect([queue.take("/"), queue.size]).toEqual([undefined, 0]);
  });

  it("copies the fault, so later changes by the caller do not leak in", () => {
    const queue = new FaultQueue();
    const fault = { type: "status" as const, status: 500 };
    queue.add(fault);
    fault.status = 200;
    expect(queue.take("/")).toEqual({ type: "status", status: 500 });
  });
});
