import { describe, expect, test } from "vitest";
import { runCli, TOKEN_PATTERN } from "./run-cli.js";

const STEPS = [
  "authorize",
  "redirect",
  "exchangeCode",
  "GET /user_account",
  "refreshToken",
  "session after expiry",
  "create board",
  "image Pin",
  "video Pin",
  "list Pins by page",
  "missing scope",
  "delete board",
  "clientCredentials",
  "revokeToken",
];

describe("pinterest-kit demo", () => {
  test("runs every step against the embedded mock and prints one line per step", async () => {
    const run = await runCli(["demo"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const stepLines = run.stdout.split("\n").filter((line) => /^[✓✗] +\d+\/\d+/.test(line));
    expect(stepLines.map((line) => /^[✓✗] +\d+\/\d+ (.{20})/.exec(line)?.[1]?.trim())).toEqual(STEPS);
    expect(stepLines.every((line) => line.startsWith("✓"))).toBe(true);
    expect(run.stdout).toContain(`demo passed: ${STEPS.length} of ${STEPS.length} steps passed.`);
    expect(run.stdout).not.toMatch(TOKEN_PATTERN);
  });

  test("--json prints the same steps and results, tokens redacted", async () => {
    const run = await runCli(["demo", "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      steps: { name: string; ok: boolean; ms: number }[];
      results: Record<string, string>;
    };
    expect(report.ok).toBe(true);
    expect(report.steps.map((step) => step.name)).toEqual(STEPS);
    expect(report.steps.every((step) => step.ok && step.ms >= 0)).toBe(true);
    expect(report.results["access token"]).toMatch(/^pina_… \(\d+ chars, redacted\)$/);
    expect(report.results.account).toBeTruthy();
    expect(run.stdout).not.toMatch(TOKEN_PATTERN);
  });
});
