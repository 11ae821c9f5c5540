import { describe, expect, test } from "vitest";
import { runCli } from "./run-cli.js";

describe("usage errors end in one line and exit code 2", () => {
  const cases: [string, { given: { args: string[]; env?: NodeJS.ProcessEnv }; want: RegExp }][] = [
    [
      "an unknown command",
      { given: { args: ["fly"] }, want: /unknown command "fly"\. Commands: login, api, pin, refresh, revoke, mock, demo\./ },
    ],
    [
      "an unknown option",
      { given: { args: ["demo", "--colour"] }, want: /demo: Unknown option '--colour'.*pinterest-kit demo --help/ },
    ],
    [
      "login without credentials",
      { given: { args: ["login"] }, want: /login: set PINTEREST_CLIENT_ID and PINTEREST_CLIENT_SECRET/ },
    ],
    [
      "login with a bad port",
      {
        given: { args: ["login", "--port", "eighty"], env: { PINTEREST_CLIENT_ID: "1", PINTEREST_CLIENT_SECRET: "s" } },
        want: /--port eighty is not a port/,
      },
    ],
    [
      "login with an unknown scope",
      {
        given: { args: ["login", "--scopes", "pins:fly"], env: { PINTEREST_CLIENT_ID: "1", PINTEREST_CLIENT_SECRET: "s" } },
        want: /login: --scopes has unknown scope "pins:fly"/,
      },
    ],
    [
      "login with a redirect URI the local server cannot receive",
      {
        given: {
          args: ["login", "--redirect-uri", "http://example.com/cb"],
          env: { PINTEREST_CLIENT_ID: "1", PINTEREST_CLIENT_SECRET: "s" },
        },
        want: /login: --redirect-uri http:\/\/example\.com\/cb must be/,
      },
    ],
    [
      "refresh without a token file",
      {
        given: { args: ["refresh"], env: { PINTEREST_CLIENT_ID: "1", PINTEREST_CLIENT_SECRET: "s" } },
        want: /refresh: --token-file is required/,
      },
    ],
  ];
  test.each(cases)("%s", async (_name, { given, want }) => {
    const run = await runCli(given.args, given.env);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(want);
  });
});

describe("--help", () => {
  test.each(["login", "refresh", "revoke", "mock", "demo"])("%s --help prints its usage and exits 0", async (command) => {
    const run = await runCli([command, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: pinterest-kit ${command}`));
  });

  test("no command prints the overview and exits 2", async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/Commands:\n {2}login/);
  });
});
