import { PINTEREST_SCOPES, type PinterestScope } from "@pinterest-kit/client";
import { startMockPinterest } from "@pinterest-kit/mock";
import { createPinterestOAuth, PinterestOAuthError } from "@pinterest-kit/oauth";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mockOAuth } from "../support/mock-app.js";
import { runProperty } from "../support/run-property.js";
import { settle } from "../support/settle.js";
import { credentialText } from "./arbitraries.js";

const unicode = (maxLength: number) => credentialText({ minLength: 1, maxLength });

/** A non-empty list of Pinterest scopes, in any order, duplicates allowed. */
const scopes = fc.array(fc.constantFrom(...PINTEREST_SCOPES), { minLength: 1, maxLength: 6 });
const unique = (list: readonly PinterestScope[]) => [...new Set(list)];

describe("round trips through the form and Basic encodings, decoded by the mock", () => {
  test("a Unicode client id, secret and redirect URI, a minted code and any scopes all arrive unchanged", async () => {
    const example = fc.record({
      clientId: unicode(24),
      clientSecret: unicode(40),
      redirectPath: unicode(24).filter((path) => !path.includes("#")),
      granted: scopes,
      narrowed: fc.nat(),
      appScopes: scopes,
    });
    await runProperty(
      "id, secret, redirect URI and scopes round trip",
      fc.asyncProperty(example, async ({ clientId, clientSecret, redirectPath, granted, narrowed, appScopes }) => {
        const redirectUri = `https://app.example/${redirectPath}`;
        const mock = await startMockPinterest({ clients: [{ clientId, clientSecret, redirectUris: [redirectUri] }] });
        try {
          const oauth = createPinterestOAuth({ clientId, clientSecret, redirectUri, baseUrl: mock.baseUrl });
          // The mock compares the Basic credentials, the code and the redirect URI exactly as it decoded them.
          const tokens = await oauth.exchangeCode(mock.issueCode({ clientId, redirectUri, scopes: granted }));
          expect(tokens.scopes).toEqual(unique(granted));
          expect(mock.requests.at(-1)?.form).toMatchObject({ grant_type: "authorization_code", redirect_uri: redirectUri });

          const subset = unique(granted).slice(0, 1 + (narrowed % unique(granted).length));
          const refreshed = await oauth.refreshToken(tokens.refreshToken as string, { scopes: subset });
          expect(mock.requests.at(-1)?.form?.scope).toBe(subset.join(","));
          expect(refreshed.scopes).toEqual(subset);

          const app = await oauth.clientCredentials({ scopes: appScopes });
          expect(mock.requests.at(-1)?.form?.scope).toBe(unique(appScopes).join(","));
          expect(app.scopes).toEqual(unique(appScopes));

          await oauth.revokeToken(refreshed.refreshToken as string, { tokenTypeHint: "refresh_token" });
          expect(mock.requests.map((r) => r.status)).toEqual([200, 200, 200, 200]);
        } finally {
          await mock.close();
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("arbitrary codes and tokens on the wire", () => {
  let mock: Awaited<ReturnType<typeof startMockPinterest>>;
  beforeAll(async () => {
    mock = await startMockPinterest({ maxRecordedRequests: 10 });
  });
  afterAll(() => mock.close());

  /** Strict application/x-www-form-urlencoded decoding (WHATWG URL §5.1), failing on bad UTF-8 or escapes. */
  function decodeForm(bytes: Uint8Array): Record<string, string> {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    const decode = (part: string) => decodeURIComponent(part.replaceAll("+", " "));
    const fields: Record<string, string> = {};
    for (const pair of text.split("&")) {
      if (pair === "") continue;
      const equals = pair.indexOf("=");
      fields[decode(equals === -1 ? pair : pair.slice(0, equals))] = equals === -1 ? "" : decode(pair.slice(equals + 1));
    }
    return fields;
  }

  test("any Unicode code, refresh token or token to revoke is sent as ASCII that decodes to itself, and the mock reads the form", async () => {
    const CALLS = [
      { name: "exchangeCode", field: "code", mockSays: "invalid_grant" },
      { name: "refreshToken", field: "refresh_token", mockSays: "invalid_grant" },
      { name: "revokeToken", field: "token", mockSays: "ok" },
    ] as const;
    await runProperty(
      "codes and tokens round trip",
      fc.asyncProperty(fc.constantFrom(...CALLS), unicode(60), async ({ name, field, mockSays }, credential) => {
        let wire: Uint8Array | undefined;
        const oauth = mockOAuth(mock, {
          // Only observes: keeps a copy of the body, then sends the request unchanged.
          fetch: async (request) => {
            wire = new Uint8Array(await request.clone().arrayBuffer());
            return fetch(request);
          },
        });
        const result = await settle<unknown>(
          name === "exchangeCode"
            ? oauth.exchangeCode(credential)
            : name === "refreshToken"
              ? oauth.refreshToken(credential)
              : oauth.revokeToken(credential),
        );
        expect(wire && [...wire].every((byte) => byte < 0x80)).toBe(true);
        expect(decodeForm(wire as Uint8Array)[field]).toBe(credential);
        // The mock parsed the form strictly and looked the credential up: an unknown code or refresh
        // token is 400 code 283, an unknown token to revoke 200 (RFC 7009 §2.2) — never "Invalid request body".
        if (mockSays === "ok") expect(result.status).toBe("fulfilled");
        else {
          expect((result as PromiseRejectedResult).reason).toBeInstanceOf(PinterestOAuthError);
          expect((result as PromiseRejectedResult).reason).toMatchObject({ kind: "invalid_grant", pinterestCode: 283 });
        }
      }),
      { numRuns: 300 },
    );
  });
});
