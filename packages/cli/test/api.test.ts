import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_MOCK_CLIENT, type MockPinterest, startMockPinterest } from "@pinterest-kit/mock";
import { createPinterestOAuth, TokenSet } from "@pinterest-kit/oauth";
import { fileStore } from "@pinterest-kit/oauth/file-store";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mockEnvironment, runCli, TOKEN_PATTERN } from "./run-cli.js";

let mock: MockPinterest;
let dir: string;

beforeAll(async () => {
  mock = await startMockPinterest({ boards: Array.from({ length: 30 }, (_, i) => ({ name: `Board ${i + 1}` })) });
  dir = await mkdtemp(join(tmpdir(), "pinterest-kit-api-"));
});
afterAll(async () => {
  await mock.close();
  await rm(dir, { recursive: true, force: true });
});

/** Sign in as `pinterest-kit login` would, and write the token file it writes. */
async function signIn(name: string, scopes: string[], expired = false): Promise<{ file: string; tokens: TokenSet }> {
  const oauth = createPinterestOAuth({
    clientId: DEFAULT_MOCK_CLIENT.clientId,
    clientSecret: DEFAULT_MOCK_CLIENT.clientSecret,
    baseUrl: mock.baseUrl,
  });
  const redirectUri = DEFAULT_MOCK_CLIENT.redirectUris[0] as string;
  const granted = await oauth.exchangeCode(mock.issueCode({ scopes }), { redirectUri });
  const tokens = expired ? TokenSet.fromJSON({ ...granted.toJSON(), expiresAt: Date.now() - 1000 }) : granted;
  const file = join(dir, `${name}.json`);
  await fileStore(file).compareAndSet(undefined, tokens);
  return { file, tokens };
}

describe("pinterest-kit api", () => {
  test("GET prints the JSON answer and never a token", async () => {
    const { file } = await signIn("get", ["user_accounts:read"]);
    const run = await runCli(["api", "GET", "/user_account", "--token-file", file], mockEnvironment(mock));
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(run.stdout)).toHaveProperty("username");
    expect(run.stdout).not.toMatch(TOKEN_PATTERN);
  });

  test("--paginate prints every item of every page as JSON lines; --slurp as one array", async () => {
    const { file } = await signIn("paginate", ["boards:read"]);
    const lines = await runCli(
      ["api", "GET", "/boards", "--paginate", "-F", "page_size=7", "--token-file", file],
      mockEnvironment(mock),
    );
    expect(lines.code).toBe(0);
    const names = lines.stdout
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { name: string }).name);
    expect(names).toEqual(mock.snapshot().boards.map((board) => board.name));
    expect(names).toHaveLength(30);
    const pagesAsked = mock.requests.filter((request) => request.path.startsWith("/v5/boards")).length;
    expect(pagesAsked).toBe(Math.ceil(30 / 7));

    const slurped = await runCli(["api", "GET", "/boards", "--paginate", "--slurp", "--token-file", file], mockEnvironment(mock));
    expect((JSON.parse(slurped.stdout) as unknown[]).length).toBe(30);
  });

  test("POST with -f sends a JSON body; the answer is the created board", async () => {
    const { file } = await signIn("post", ["boards:read", "boards:write", "boards:write_secret"]);
    const run = await runCli(
      ["api", "POST", "/boards", "-f", "name=From the CLI", "-f", "privacy=SECRET", "--token-file", file],
      mockEnvironment(mock),
    );
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const board = JSON.parse(run.stdout) as { id: string; name: string };
    expect(board.name).toBe("From the CLI");
    expect(mock.snapshot().boards.find((b) => b.id === board.id)?.privacy).toBe("SECRET");
  });

  test("a missing scope: one line naming the operation and the scope, exit 1, no request sent", async () => {
    const { file } = await signIn("scope", ["user_accounts:read"]);
    mock.clearRequests();
    const run = await runCli(["api", "GET", "/boards", "--token-file", file], mockEnvironment(mock));
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/GET \/boards/);
    expect(run.stderr).toMatch(
      /needs scope boards:read, which the token in .* was not granted; sign in again with `pinterest-kit login --scopes/,
    );
    expect(mock.requests.filter((request) => request.path.startsWith("/v5/boards"))).toHaveLength(0);
  });

  test("Pinterest's refusal: one line with its code and message, exit 1", async () => {
    const { file } = await signIn("missing", ["boards:read"]);
    const run = await runCli(["api", "GET", "/boards/999999999", "--token-file", file], mockEnvironment(mock));
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^pinterest-kit: GET \/boards\/\{board_id\} failed: HTTP 404, Pinterest code \d+: \S/);
  });

  test("a token due for refresh is refreshed through a session and the rotation stored", async () => {
    const { file, tokens } = await signIn("refresh", ["user_accounts:read"], true);
    const run = await runCli(["api", "GET", "/user_account", "--token-file", file], mockEnvironment(mock));
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const stored = TokenSet.fromJSON(JSON.parse(await readFile(file, "utf8")));
    expect(stored.accessToken).not.toBe(tokens.accessToken);
    expect(stored.expiresAt).toBeGreaterThan(Date.now());
    expect(mock.requests.filter((request) => request.form?.grant_type === "refresh_token")).toHaveLength(1);
  });

  test("an expired token without the app's credentials is a usage error, not a call", async () => {
    const { file } = await signIn("expired", ["user_accounts:read"], true);
    const { PINTEREST_CLIENT_ID: _id, PINTEREST_CLIENT_SECRET: _secret, ...env } = mockEnvironment(mock);
    const run = await runCli(["api", "GET", "/user_account", "--token-file", file], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/has expired; set PINTEREST_CLIENT_ID and PINTEREST_CLIENT_SECRET/);
  });

  test.each([
    ["no path", ["api", "GET"], /give a method and a path/],
    [
      "an unknown path, with the closest pinned ones",
      ["api", "GET", "/user_acount"],
      /not a pinned Pinterest operation\. Closest: GET \/user_account/,
    ],
    ["--slurp without --paginate", ["api", "GET", "/user_account", "--slurp"], /--slurp only goes with --paginate/],
    ["--paginate on an operation that does not page", ["api", "GET", "/user_account", "--paginate"], /does not page/],
    ["an unknown flag", ["api", "GET", "/user_account", "--nope"], /Unknown option '--nope'/],
    ["a malformed field", ["api", "GET", "/user_account", "-f", "novalue"], /not key=value/],
  ])("usage error: %s (exit 2, one line)", async (_name, args, want) => {
    const run = await runCli(args, mockEnvironment(mock));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(want);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("a token file that does not exist says to log in first", async () => {
    const run = await runCli(["api", "GET", "/user_account", "--token-file", join(dir, "none.json")], mockEnvironment(mock));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/holds no tokens\. Run `pinterest-kit login/);
  });
});
