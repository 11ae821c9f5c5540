import { describe, expect, test } from "vitest";
import { type StepResult, StepRunner } from "../src/step-runner.js";

describe("StepRunner", () => {
  test("runs steps in order and is ok only when every step passed", async () => {
    const reported: string[] = [];
    const runner = new StepRunner(2, (result, index, total) => reported.push(`${index}/${total} ${result.name} ${result.ok}`));
    expect(await runner.step("one", async () => ({ value: 1, detail: "first" }))).toBe(1);
    expect(runner.ok).toBe(false);
    expect(await runner.step("two", async () => ({ value: 2, detail: "second" }))).toBe(2);
    expect(runner.ok).toBe(true);
    expect(reported).toEqual(["1/2 one true", "2/2 two true"]);
  });

  test("a failing step is reported with its error, later steps do not run, and the run is not ok", async () => {
    const results: StepResult[] = [];
    const runner = new StepRunner(3, (result) => results.push(result));
    let ranAfterFailure = false;
    await runner.step("fine", async () => ({ value: undefined, detail: "ok" }));
    expect(
      await runner.step("broken", async () => {
        throw new TypeError("the mock answered 500");
      }),
    ).toBeUndefined();
    await runner.step("later", async () => {
      ranAfterFailure = true;
      return { value: undefined, detail: "" };
    });
    expect(ranAfterFailure).toBe(false);
    expect(runner.ok).toBe(false);
    expect(results.map(({ name, ok, detail }) => ({ name, ok, detail }))).toEqual([
      { name: "fine", ok: true, detail: "ok" },
      { name: "broken", ok: false, detail: "TypeError: the mock answered 500" },
    ]);
  });
});
