import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type MockPinterest, startMockPinterest } from "../../src/index.js";
import { errorOf, FORM, postForm } from "../helpers.js";

let mock: MockPinterest;
afterEach(async () => {
  await mock?.close();
});

const REDIRECT = "http://127.0.0.1:8085/callback";
const valid = {
  client_id: "1500000",
  redirect_uri: REDIRECT,
  response_type: "code",
  scope: "user_accounts:read,pins:read",
  state: "st4te",
};

function authorize(params: Record<string, string>): Promise<Response> {
  return fetch(`${mock.authorizeUrl}?${new URLSearchParams(params)}`, { redirect: "manual" });
}

/** The query of a redirect answer's Location, when it goes to `REDIRECT`. */
function redirectQuery(response: Response): Record<string, string> {
  const location = response.headers.get("location") ?? "";
  expect(location.startsWith(`${REDIRECT}?`)).toBe(true);
  return Object.fromEntries(new URL(location).searchParams);
}

describe("GET /oauth/ consent page", () => {
  beforeEach(async () => {
    mock = await startMockPinterest();
  });

  it("shows the app, the scopes and Approve / Deny buttons with ids", async () => {
    const response = await authorize(valid);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(html).toContain("pinterest-kit mock app wants to access your Pinterest account");
    expect(html).toContain("<code>user_accounts:read</code> See your user accounts and followers");
    expect(html).toContain("<code>pins:read</code> See your public Pins");
    expect(html).toMatch(/<button type="submit" id="approve" name="decision" value="approve">Approve<\/button>/);
    expect(html).toMatch(/<button type="submit" id="deny" name="decision" value="deny">Deny<\/button>/);
    expect(html).toContain('<form method="post" action="/oauth/">');
  });

  it("also answers at /oauth without the slash", async () => {
    const response = await fetch(`${mock.origin}/oauth?${new URLSearchParams(valid)}`);
    expect(response.status).toBe(200);
  });

  const refusals: [string, { given: Record<string, string>; want: { status: number; code: number; message: string } }][] = [
    [
      "an unknown client_id",
      { given: { ...valid, client_id: "999" }, want: { status: 400, code: 1, message: "Unknown client_id" } },
    ],
    ["a missing client_id", { given: { ...valid, client_id: "" }, want: { status: 400, code: 1, message: "Unknown client_id" } }],
    [
      "an unregistered redirect_uri",
      {
        given: { ...valid, redirect_uri: "https://evil.example/cb" },
        want: { status: 400, code: 1, message: "redirect_uri does not match a registered redirect URI" },
      },
    ],
    [
      "a redirect_uri differing by a trailing slash",
      {
        given: { ...valid, redirect_uri: `${REDIRECT}/` },
        want: { status: 400, code: 1, message: "redirect_uri does not match a registered redirect URI" },
      },
    ],
  ];
  it.each(refusals)("refuses %s without redirecting (RFC 6749 §4.1.2.1)", async (_name, { given, want }) => {
    const params = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== ""));
    const response = await authorize(params);
    expect(response.headers.get("location")).toBeNull();
    expect(await errorOf(response)).toEqual(want);
  });

  const redirectErrors: [string, { given: Record<string, string | undefined>; want: Record<string, string> }][] = [
    [
      "response_type=token",
      {
        given: { response_type: "token" },
        want: { error: "unsupported_response_type", error_description: "response_type must be code", state: "st4te" },
      },
    ],
    [
      "no response_type",
      {
        given: { response_type: undefined },
        want: { error: "invalid_request", error_description: "response_type is required", state: "st4te" },
      },
    ],
    ["no state", { given: { state: undefined }, want: { error: "invalid_request", error_description: "state is required" } }],
    ["an empty state", { given: { state: "" }, want: { error: "invalid_request", error_description: "state is required" } }],
    [
      "an unknown scope",
      {
        given: { scope: "pins:read,pins:delete" },
        want: { error: "invalid_scope", error_description: "unknown scope", state: "st4te" },
      },
    ],
    [
      "no scope",
      { given: { scope: undefined }, want: { error: "invalid_scope", error_description: "scope is required", state: "st4te" } },
    ],
  ];
  it.each(redirectErrors)("redirects an error for %s (RFC 6749 §4.1.2.1)", async (_name, { given, want }) => {
    const params = Object.fromEntries(
      Object.entries({ ...valid, ...given }).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    const response = await authorize(params);
    expect(response.status).toBe(302);
    expect(redirectQuery(response)).toEqual(want);
  });

  it("answers a malformed query with 400 code 1", async () => {
    const response = await fetch(`${mock.authorizeUrl}?client_id=%zz`);
    expect(await errorOf(response)).toEqual({ status: 400, code: 1, message: "Invalid request parameters" });
  });

  it("answers a repeated parameter with 400 code 1 (RFC 6749 §3.1)", async () => {
    const response = await fetch(
      `${mock.authorizeUrl}?${new URLSearchParams(valid)}&redirect_uri=${encodeURIComponent("https://evil.example/cb")}`,
    );
    expect(await errorOf(response)).toEqual({ status: 400, code: 1, message: "Invalid request parameters" });
  });

  it("accepts any port on a port-less registered loopback URI, and localhost", async () => {
    for (const redirectUri of [
      "http://127.0.0.1:1/callback",
      "http://127.0.0.1:65535/callback",
      "http://localhost:5173/callback",
    ]) {
      expect((await authorize({ ...valid, redirect_uri: redirectUri })).status).toBe(200);
    }
  });
});

describe("HTML escaping of everything the page echoes", () => {
  const hostile = `"><script>alert(1)</script><img src=x onerror='x'>&`;

  it("escapes the app name, the state and the redirect URI", async () => {
    mock = await startMockPinterest({
      clients: [{ clientId: "app<1>", clientSecret: "s", redirectUris: [`http://127.0.0.1/cb?next=<b>"'&`], appName: hostile }],
    });
    const response = await authorize({
      ...valid,
      client_id: "app<1>",
      redirect_uri: `http://127.0.0.1:9/cb?next=<b>"'&`,
      state: hostile,
    });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain(`"'&"`);
    const escaped = "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&#39;x&#39;&gt;&amp;";
    expect(html).toContain(`<h1 id="app-name">${escaped} wants to access`);
    expect(html).toContain(`<title>Authorize ${escaped} · Pinterest (mock)</title>`);
    expect(html).toContain(`<input type="hidden" name="state" value="${escaped}">`);
    expect(html).toContain('<input type="hidden" name="client_id" value="app&lt;1&gt;">');
    expect(html).toContain("http://127.0.0.1:9/cb?next=&lt;b&gt;&quot;&#39;&amp;");
  });

  it("lists scopes escaped and only known ones reach the page", async () => {
    mock = await startMockPinterest();
    const response = await authorize({ ...valid, scope: "pins:read <b>" });
    expect(response.status).toBe(302);
    expect(redirectQuery(response).error).toBe("invalid_scope");
  });
});

describe("POST /oauth/ (the consent form's answer)", () => {
  beforeEach(async () => {
    mock = await startMockPinterest();
  });

  const decide = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(mock.authorizeUrl, {
      method: "POST",
      headers: { "content-type": FORM, ...headers },
      body: new URLSearchParams(fields),
      redirect: "manual",
    });

  it("Approve redirects with a code and the state (303)", async () => {
    const response = await decide({ ...valid, decision: "approve" });
    expect(response.status).toBe(303);
    const query = redirectQuery(response);
    expect(Object.keys(query).sort()).toEqual(["code", "state"]);
    expect(query.state).toBe("st4te");
    expect(query.code).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("the code works at the token endpoint with the same redirect URI", async () => {
    const { code } = redirectQuery(await decide({ ...valid, decision: "approve" }));
    const response = await postForm(mock, "/v5/oauth/token", {
      grant_type: "authorization_code",
      code: code as string,
      redirect_uri: REDIRECT,
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { scope: string }).scope).toBe("user_accounts:read,pins:read");
  });

  it("Deny redirects with error=access_denied and the state", async () => {
    const response = await decide({ ...valid, decision: "deny" });
    expect(response.status).toBe(303);
    expect(redirectQuery(response)).toEqual({ error: "access_denied", state: "st4te" });
  });

  it("re-checks the posted request: a tampered redirect_uri is refused", async () => {
    const response = await decide({ ...valid, redirect_uri: "https://evil.example/cb", decision: "approve" });
    expect(await errorOf(response)).toEqual({
      status: 400,
      code: 1,
      message: "redirect_uri does not match a registered redirect URI",
    });
  });

  it("a missing or unknown decision is 400 code 1", async () => {
    expect(await errorOf(await decide(valid))).toEqual({ status: 400, code: 1, message: "Invalid request parameters" });
    expect(await errorOf(await decide({ ...valid, decision: "maybe" }))).toEqual({
      status: 400,
      code: 1,
      message: "Invalid request parameters",
    });
  });

  it("needs a form body (415) that parses (400)", async () => {
    const json = await fetch(mock.authorizeUrl, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect((await errorOf(json)).status).toBe(415);
    const malformed = await fetch(mock.authorizeUrl, { method: "POST", headers: { "content-type": FORM }, body: "decision=%" });
    expect(await errorOf(malformed)).toEqual({ status: 400, code: 1, message: "Invalid request body" });
  });
});

describe("autoApprove", () => {
  it("redirects with a code at once (302)", async () => {
    mock = await startMockPinterest({ autoApprove: true });
    const response = await authorize(valid);
    expect(response.status).toBe(302);
    expect(Object.keys(redirectQuery(response)).sort()).toEqual(["code", "state"]);
  });

  it("keeps a query the redirect URI already has", async () => {
    mock = await startMockPinterest({
      autoApprove: true,
      clients: [{ clientId: "a", clientSecret: "s", redirectUris: ["https://app.example/cb?tenant=7"] }],
    });
    const response = await authorize({ ...valid, client_id: "a", redirect_uri: "https://app.example/cb?tenant=7" });
    expect(response.headers.get("location")).toMatch(/^https:\/\/app\.example\/cb\?tenant=7&code=[A-Za-z0-9_-]+&state=st4te$/);
  });

  it("still refuses bad requests", async () => {
    mock = await startMockPinterest({ autoApprove: true });
    expect((await authorize({ ...valid, client_id: "nope" })).status).toBe(400);
  });
});
