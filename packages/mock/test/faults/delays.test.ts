import { describe, expect, it } from "vitest";
import { Delays } from "../../src/faults/delays.js";

describe("Delays", () => {
  it("resolves true once the wait is over", async () => {
    const delays = new Delays();
    await expect(delays.wait(0)).resolves.toBe(true);
    expect(delays.size).toBe(0);
  });

  it("cancelAll ends pending waits with false and refuses new ones", async () => {
    const delays = new Delays();
    const pending = delays.wait(60 * 60 * 1000);
    expect(delays.size).toBe(1);
    delays.cancelAll();
    await expect(pending).resolves.toBe(false);
    await expect(delays.wait(0)).resolves.toBe(false);
    expect(delays.size).toBe(0);
  });

  it("its timers do not hold the process open", () => {
    const delays = new Delays();
    const timers = process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;
    void delays.wait(60 * 60 * 1000);
    expect(process.getActiveResourcesInfo().filter((kind) => kind === "Timeout")).toHaveLength(timers);
    delays.cancelAll();
  });
});
