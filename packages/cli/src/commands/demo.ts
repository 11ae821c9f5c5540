import { parseArgs } from "node:util";
import { createPinterestClient } from "@pinterest-kit/client";
import { startMockPinterest } from "@pinterest-kit/mock";
import { createPinterestOAuth, createSession, createState, memoryStore, type TokenSet } from "@pinterest-kit/oauth";
import { ORGANIC_STEPS, runOrganicSteps } from "../demo/organic-steps.js";
import { startLoopbackRedirect } from "../loopback-redirect.js";
import { formatTime, redactSecret } from "../redact.js";
import { type StepResult, StepRunner } from "../step-runner.js";
import { usageErrorFrom } from "../usage-error.js";

export const DEMO_HELP = `Usage: pinterest-kit demo [--json]

Runs the whole OAuth flow against an embedded local Pinterest (@pinterest-kit/mock), with no
person and no credentials: authorize → redirect → exchangeCode → GET /user_account →
refreshToken → GET /user_account through a session after the access token expired → boards and
Pins through that session (create a board, an image Pin, a video upload and its Pin, the board's
Pins page by page, a call the token has no scope for, delete the board) → clientCredentials →
revokeToken. Prints one line per step, then a summary.

  --json   print the steps and results as JSON instead
  -h, --help

Exit code 0 only when every step passed.`;

const STEPS = 8 + ORGANIC_STEPS.length;
const ACCESS_TOKEN_TTL_SECONDS = 3600;
const SCOPES = ["user_accounts:read", "boards:read", "boards:write", "pins:read", "pins:write"] as const;

/** `pinterest-kit demo`: the README's main job on a machine with no Pinterest credentials. */
export async function demo(argv: string[]): Promise<number> {
  let values: { json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    throw usageErrorFrom("demo", error);
  }
  if (values.help) {
    console.log(DEMO_HELP);
    return 0;
  }
  const json = values.json === true;
  const runner = new StepRunner(STEPS, json ? () => {} : printStep);
  const redirect = await startLoopbackRedirect({ port: 0, path: "/callback" });
  const redirectUri = `${redirect.origin}/callback`;
  const clientSecret = `demo-secret-${createState().slice(0, 16)}`;
  // One clock for the mock and the oauth object, so the demo can jump past the access token's expiry.
  let clockOffsetMs = 0;
  const clock = () => Date.now() + clockOffsetMs;
  const mock = await startMockPinterest({
    autoApprove: true,
    clock,
    accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    mediaProcessingMs: 200,
    clients: [{ clientId: "pinterest-kit-demo", clientSecret, redirectUris: [redirectUri], appName: "pinterest-kit demo" }],
  });
  const oauth = createPinterestOAuth({
    clientId: "pinterest-kit-demo",
    clientSecret,
    redirectUri,
    baseUrl: mock.baseUrl,
    authorizeUrl: mock.authorizeUrl,
    clock,
  });
  const countRefreshes = () => mock.requests.filter((request) => request.form?.grant_type === "refresh_token").length;
  if (!json) console.log(`Local Pinterest at ${mock.baseUrl}, redirect URI ${redirectUri}\n`);
  const summary: Record<string, string> = {};
  try {
    const state = createState();
    const location = await runner.step("authorize", async () => {
      const url = oauth.authorizationUrl({ scopes: [...SCOPES], state });
      const response = await fetch(url, { redirect: "manual" });
      const to = response.headers.get("location");
      if (response.status !== 302 || !to) throw new Error(`expected a 302 redirect, got ${response.status}`);
      return { value: to, detail: `${response.status} → ${new URL(to).origin}${new URL(to).pathname}` };
    });
    const code = await runner.step("redirect", async () => {
      const response = await fetch(location as string);
      await response.body?.cancel();
      const { code } = oauth.parseCallback(await redirect.callback, { expectedState: state });
      return { value: code, detail: `state checked, code ${redactSecret(code)}` };
    });
    const tokens = await runner.step("exchangeCode", async () => {
      const value = await oauth.exchangeCode(code as string);
      summary["access token"] = redactSecret(value.accessToken);
      summary["refresh token"] = redactSecret(value.refreshToken);
      summary.scopes = value.scopes.join(", ");
      summary["access token expires"] = formatTime(value.expiresAt);
      return { value, detail: `${value.tokenType} token for ${value.scopes.join(",")}, expires in ${value.expiresIn}s` };
    });
    await runner.step("GET /user_account", async () => {
      const client = createPinterestClient({
        baseUrl: mock.baseUrl,
        headers: { Authorization: `Bearer ${tokens?.accessToken}` },
      });
      const { data, error, response } = await client.GET("/user_account");
      if (!data) throw new Error(`GET /user_account answered ${response.status} ${JSON.stringify(error)}`);
      summary.account = `${data.username} (${data.account_type})`;
      return { value: data, detail: `${response.status} ${data.username} (${data.account_type})` };
    });
    const refreshed = await runner.step("refreshToken", async () => {
      const value: TokenSet = await oauth.refreshToken(tokens?.refreshToken as string);
      if (value.refreshToken === tokens?.refreshToken) throw new Error("the refresh token was not rotated");
      summary["refresh token expires"] = formatTime(value.refreshTokenExpiresAt);
      return { value, detail: `new access token, refresh token rotated (expires ${formatTime(value.refreshTokenExpiresAt)})` };
    });
    const client = createPinterestClient({ baseUrl: mock.baseUrl });
    const session = await runner.step("session after expiry", async () => {
      const session = createSession(oauth, { tokens: refreshed as TokenSet, store: memoryStore() });
      client.use(session.middleware());
      clockOffsetMs += (ACCESS_TOKEN_TTL_SECONDS + 60) * 1000;
      const refreshesBefore = countRefreshes();
      const { data, response } = await client.GET("/user_account");
      const refreshes = countRefreshes() - refreshesBefore;
      if (!data) throw new Error(`GET /user_account through the session answered ${response.status}`);
      if (refreshes !== 1) throw new Error(`expected one refresh of the expired token, the mock saw ${refreshes}`);
      return {
        value: session,
        detail: `clock +${ACCESS_TOKEN_TTL_SECONDS + 60}s, token expired; 1 refresh, then ${response.status} ${data.username}`,
      };
    });
    await runOrganicSteps(runner, client, summary);
    await runner.step("clientCredentials", async () => {
      const value = await oauth.clientCredentials({ scopes: ["pins:read"] });
      summary["app token scopes"] = value.scopes.join(", ");
      return { value, detail: `app token for ${value.scopes.join(",")}, expires in ${value.expiresIn}s` };
    });
    await runner.step("revokeToken", async () => {
      // The session's current token: the one its middleware got by refreshing after expiry.
      const accessToken = session?.tokens.accessToken as string;
      await oauth.revokeToken(accessToken, { tokenTypeHint: "access_token" });
      const client = createPinterestClient({ baseUrl: mock.baseUrl, headers: { Authorization: `Bearer ${accessToken}` } });
      const { response } = await client.GET("/user_account");
      if (response.status !== 401) throw new Error(`the revoked token still works (${response.status})`);
      return { value: undefined, detail: "revoked; the API now answers 401 to it" };
    });
  } finally {
    await Promise.all([mock.close(), redirect.close()]);
  }
  if (json) console.log(JSON.stringify({ ok: runner.ok, steps: runner.results, results: summary }, null, 2));
  else printSummary(runner, summary);
  return runner.ok ? 0 : 1;
}

function printStep(result: StepResult, index: number, total: number): void {
  const mark = result.ok ? "✓" : "✗";
  console.log(
    `${mark} ${String(index).padStart(String(total).length)}/${total} ${result.name.padEnd(20)} ${result.ms.toFixed(0).padStart(5)} ms  ${result.detail}`,
  );
}

function printSummary(runner: StepRunner, summary: Record<string, string>): void {
  console.log("");
  const width = Math.max(...Object.keys(summary).map((key) => key.length), 0);
  for (const [key, value] of Object.entries(summary)) console.log(`  ${key.padEnd(width)}  ${value}`);
  const passed = runner.results.filter((result) => result.ok).length;
  console.log(`\n${runner.ok ? "demo passed" : "demo FAILED"}: ${passed} of ${STEPS} steps passed.`);
}
