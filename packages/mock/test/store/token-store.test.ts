import { describe, expect, it } from "vitest";
import { CODE_TTL_MS, TokenStore } from "../../src/store/token-store.js";

const codeGrant = { clientId: "c1", redirectUri: "http://127.0.0.1:1/cb", scopes: ["pins:read"] };
const token = (grantId: string, expiresAt: number, kind: "access" | "refresh" = "access") => ({
  clientId: "c1",
  scopes: ["pins:read"],
  grantId,
  expiresAt,
  kind,
});

describe("TokenStore codes", () => {
  const cases: [string, { clientId: string; redirectUri: string; after: number; want: boolean }][] = [
    [
      "redeemed in time by its client and redirect URI",
      { clientId: "c1", redirectUri: codeGrant.redirectUri, after: 0, want: true },
    ],
    ["just before 10 minutes", { clientId: "c1", redirectUri: codeGrant.redirectUri, after: CODE_TTL_MS - 1, want: true }],
    ["at 10 minutes", { clientId: "c1", redirectUri: codeGrant.redirectUri, after: CODE_TTL_MS, want: false }],
    ["by another client", { clientId: "c2", redirectUri: codeGrant.redirectUri, after: 0, want: false }],
    ["with another redirect URI", { clientId: "c1", redirectUri: "http://127.0.0.1:2/cb", after: 0, want: false }],
  ];
  it.each(cases)("%s", (_name, { clientId, redirectUri, after, want }) => {
    const store = new TokenStore();
    const code = store.issueCode(codeGrant, 1000);
    expect(store.redeemCode(code, clientId, redirectUri, 1000 + after).ok).toBe(want);
  });

  it("a mismatch does not spend the code; a success does", () => {
    const store = new TokenStore();
    const code = store.issueCode(codeGrant, 0);
    expect(store.redeemCode(code, "c2", codeGrant.redirectUri, 0).ok).toBe(false);
    expect(store.redeemCode(code, "c1", codeGrant.redirectUri, 0).ok).toBe(true);
    expect(store.redeemCode(code, "c1", codeGrant.redirectUri, 0).ok).toBe(false);
  });

  it("reusing a spent code revokes the tokens issued from it (RFC 6749 §4.1.2)", () => {
    const store = new TokenStore();
    const code = store.issueCode(codeGrant, 0);
    const redemption = store.redeemCode(code, "c1", codeGrant.redirectUri, 0);
    if (!redemption.ok) throw new Error("expected a redemption");
    const access = store.issueToken("pina_", token(redemption.grantId, 10_000));
    const refresh = store.issueToken("pinr_", token(redemption.grantId, 10_000, "refresh"));
    expect(store.find(access, 1)).toBeDefined();
    expect(store.redeemCode(code, "c1", codeGrant.redirectUri, 1).ok).toBe(false);
    expect([store.find(access, 1), store.find(refresh, 1)]).toEqual([undefined, undefined]);
  });
});

describe("TokenStore tokens", () => {
  it("expire at expiresAt", () => {
    const store = new TokenStore();
    const t = store.issueToken("pina_", token("g", 100));
    expect(store.find(t, 99)).toBeDefined();
    expect(store.find(t, 100)).toBeUndefined();
  });

  it("have the prefix and 256 bits of randomness", () => {
    const store = new TokenStore();
    const t = store.issueToken("pina_", token("g", 100));
    expect(t).toMatch(/^pina_[A-Za-z0-9_-]{43}$/);
  });

  it("revoke removes one token, revokeGrant all of a grant", () => {
    const store = new TokenStore();
    const a = store.issueToken("pina_", token("g", 100));
    const b = store.issueToken("pina_", token("g", 100));
    const other = store.issueToken("pina_", token("h", 100));
    store.revoke(a);
    expect([store.find(a, 0), store.find(b, 0)?.grantId]).toEqual([undefined, "g"]);
    store.revokeGrant("g");
    expect([store.find(b, 0), store.find(other, 0)?.grantId]).toEqual([undefined, "h"]);
  });

  it("purge deletes everything expired, so memory is bounded by what is live", () => {
    const store = new TokenStore();
    for (let i = 0; i < 100; i++) {
      const code = store.issueCode(codeGrant, 0);
      if (i % 2 === 0) store.redeemCode(code, "c1", codeGrant.redirectUri, 0);
      store.issueToken("pina_", token(`g${i}`, i < 50 ? 1000 : 10 * CODE_TTL_MS));
    }
    expect(store.size).toEqual({ codes: 50, spentCodes: 50, tokens: 100, grants: 100 });
    store.purge(CODE_TTL_MS);
    expect(store.size).toEqual({ codes: 0, spentCodes: 0, tokens: 50, grants: 50 });
  });
});
