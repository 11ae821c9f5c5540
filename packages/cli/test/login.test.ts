import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type MockPinterest, startMockPinterest } from "@pinterest-kit/mock";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { authorizeUrlFrom, mockEnvironment, runCli, startLogin, TOKEN_PATTERN } from "./run-cli.js";

let mock: MockPinterest;
let dir: string;
beforeEach(async () => {
  mock = await startMockPinterest({ autoApprove: true });
  dir = await mkdtemp(join(tmpdir(), "pinterest-kit-login-"));
});
afterEach(async () => {
  await mock.close();
  await rm(dir, { recursive: true, force: true });
});

describe("pinterest-kit login, refresh, revoke against the mock", () => {
  test("login catches the redirect, writes a 0600 token file, and refresh and revoke use it", async () => {
    const out = join(dir, "token.json");
    const { run: login } = await startLogin(mock, { out, scopes: "user_accounts:read,pins:read" });
    const authorizeUrl = await authorizeUrlFrom(login);
    expect(new URL(authorizeUrl).searchParams.get("scope")).toBe("user_accounts:read,pins:read");
    // Play the browser: the mock approves at once and redirects to the CLI's loopback server.
    const consent = await fetch(authorizeUrl, { redirect: "manual" });
    expect(consent.status).toBe(302);
    const landing = await fetch(consent.headers.get("location") as string);
    expect(await landing.text()).toContain("Signed in to Pinterest");
    const run = await login.done;
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Tokens written to ${out} (mode 0600).`);
    expect(run.stdout).not.toMatch(TOKEN_PATTERN);
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(await readFile(out, "utf8"));
    expect(stored).toMatchObject({ tokenType: "bearer", scopes: ["user_accounts:read", "pins:read"] });
    expect(stored.accessToken).toMatch(TOKEN_PATTERN);

    const refreshed = await runCli(["refresh", "--token-file", out], mockEnvironment(mock));
    expect(refreshed.code).toBe(0);
    const after = JSON.parse(await readFile(out, "utf8"));
    expect(after.accessToken).not.toBe(stored.accessToken);
    expect(after.refreshToken).not.toBe(stored.refreshToken);
    expect((await stat(out)).mode & 0o777).toBe(0o600);

    const revoked = await runCli(["revoke", "--token-file", out], mockEnvironment(mock));
    expect(revoked.code).toBe(0);
    const account = await fetch(`${mock.baseUrl}/user_account`, { headers: { Authorization: `Bearer ${after.accessToken}` } });
    expect(account.status).toBe(401);
  });

  test("a redirect with the wrong state is refused and nothing is written", async () => {
    const out = join(dir, "token.json");
    const { port, run: login } = await startLogin(mock, { out });
    await authorizeUrlFrom(login);
    await fetch(`http://127.0.0.1:${port}/callback?code=forged&state=not-the-one`);
    const run = await login.done;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/state/i);
    expect(run.stderr).not.toContain("forged");
    await expect(stat(out)).rejects.toThrow(/ENOENT/);
  });

  test("an --out file that is not a token file stops login before the code is spent", async () => {
    const out = join(dir, "notes.json");
    await writeFile(out, "my notes, not tokens");
    const { run: login } = await startLogin(mock, { out });
    const run = await login.done;
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--out .*notes\.json exists but is not a token file/);
    expect(run.stdout).not.toContain("/oauth/?");
    expect(mock.requests).toEqual([]);
    expect(await readFile(out, "utf8")).toBe("my notes, not tokens");
  });

  test("a login nobody completes ends at the timeout", async () => {
    const { run: login } = await startLogin(mock, { out: join(dir, "t.json"), extra: ["--timeout", "0.3"] });
    const run = await login.done;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no redirect came back within 0.3 s");
  });
});
