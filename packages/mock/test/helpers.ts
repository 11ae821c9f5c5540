import { type MockPinterest, type MockPinterestOptions, startMockPinterest } from "../src/index.js";

export const FORM = "application/x-www-form-urlencoded";

/** `Authorization: Basic` as RFC 6749 §2.3.1 builds it (form-urlencode, then base64). */
export function basic(clientId: string, clientSecret: string): string {
  const encode = (text: string) => new URLSearchParams({ x: text }).toString().slice(2);
  return `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`, "utf8").toString("base64")}`;
}

/** A clock tests move by hand. */
export function manualClock(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** A started mock and a test clock; `await using` is not on Node 20, so callers close it in afterEach. */
export async function startWithClock(options: MockPinterestOptions = {}) {
  const clock = manualClock();
  const mock = await startMockPinterest({ clock: clock.now, ...options });
  return { mock, clock };
}

/** POST a form to a path of the mock with the default client's Basic credentials unless given others. */
export function postForm(
  mock: MockPinterest,
  path: string,
  body: Record<string, string> | string,
  headers: Record<string, string> = {},
): Promise<Response> {
  const client = mock.clients[0];
  if (client === undefined) throw new Error("the mock has no client");
  return fetch(`${mock.origin}${path}`, {
    method: "POST",
    headers: { authorization: basic(client.clientId, client.clientSecret), "content-type": FORM, ...headers },
    body: typeof body === "string" ? body : new URLSearchParams(body).toString(),
    redirect: "manual",
  });
}

/** A code for the default client via the mock's shortcut, and the redirect URI it is bound to. */
export function codeFor(mock: MockPinterest, scopes: readonly string[] = ["user_accounts:read", "pins:read"]) {
  const redirectUri = "http://127.0.0.1:8085/callback";
  return { code: mock.issueCode({ redirectUri, scopes }), redirectUri };
}

/** Exchange a fresh code for tokens (raw request), returning the JSON body. */
export async function tokensFor(mock: MockPinterest, scopes?: readonly string[]): Promise<Record<string, unknown>> {
  const { code, redirectUri } = codeFor(mock, scopes);
  const response = await postForm(mock, "/v5/oauth/token", { grant_type: "authorization_code", code, redirect_uri: redirectUri });
  if (response.status !== 200) throw new Error(`token exchange failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** `{code,message}` and status of an error answer. */
export async function errorOf(response: Response): Promise<{ status: number; code: unknown; message: unknown }> {
  const body = (await response.json()) as { code: unknown; message: unknown };
  return { status: response.status, code: body.code, message: body.message };
}
