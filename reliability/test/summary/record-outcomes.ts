import { beforeEach } from "vitest";
import { record } from "./counters.js";

// Every test reports its outcome, so the summary counts failures (and fault-matrix cells) exactly.
beforeEach(({ onTestFinished }) => {
  onTestFinished(({ task }) => {
    const group = /test\/([^/]+)\//.exec(task.file.name)?.[1] ?? "other";
    record({ kind: "test", group, name: task.fullName, state: task.result?.state === "pass" ? "pass" : "fail" });
  });
});
