import { randomToken } from "./random-token.js";

export const CODE_TTL_MS = 10 * 60 * 1000;
export const REFRESH_TOKEN_TTL_SECONDS = 60 * 24 * 60 * 60;

/** An authorization code waiting to be exchanged. */
export interface CodeGrant {
  clientId: string;
  redirectUri: string;
  scopes: readonly string[];
  expiresAt: number;
}

/** What an access or refresh token stands for. */
export interface TokenGrant {
  clientId: string;
  scopes: readonly string[];
  expiresAt: number;
  /** Tokens issued from one authorization (a code and its refreshes) share a grant id. */
  grantId: string;
  kind: "access" | "refresh";
  /** A client-credentials token: it acts as the app (OpenAPI scheme `client_credentials`), not as a user. */
  appOnly?: boolean;
}

/** What the mock remembers of one authorization's refreshes (for tests that count them per user). */
export interface GrantHistory {
  grantId: string;
  /** Successful `refresh_token` grants answered for this authorization. */
  refreshes: number;
  /** The refresh token issued last: the only one still valid, since each refresh rotates it. */
  lastRefreshToken: string;
}

/** The outcome of redeeming a code. */
export type CodeRedemption = { ok: true; grant: CodeGrant; grantId: string } | { ok: false };

/**
 * Codes and tokens with their expiries, all in `clock()` milliseconds. Lookups treat expired entries
 * as absent; {@link purge} deletes them so memory stays bounded by what is still valid.
 */
export class TokenStore {
  readonly #codes = new Map<string, CodeGrant>();
  /** Redeemed codes until they would have expired, to detect reuse (RFC 6749 §4.1.2). */
  readonly #spentCodes = new Map<string, { grantId: string; expiresAt: number }>();
  readonly #tokens = new Map<string, TokenGrant>();
  readonly #grants = new Map<string, Set<string>>();
  readonly #history = new Map<string, GrantHistory>();

  issueCode(grant: Omit<CodeGrant, "expiresAt">, now: number): string {
    const code = randomToken();
    this.#codes.set(code, { ...grant, scopes: [...grant.scopes], expiresAt: now + CODE_TTL_MS });
    return code;
  }

  /**
   * Redeem a code for `clientId` and `redirectUri` (RFC 6749 §4.1.3). It is spent only when both
   * match. Presenting a spent code again fails and revokes every token issued from it.
   */
  redeemCode(code: string, clientId: string, redirectUri: string, now: number): CodeRedemption {
    const spent = this.#spentCodes.get(code);
    if (spent !== undefined && spent.expiresAt > now) {
      this.revokeGrant(spent.grantId);
      return { ok: false };
    }
    const grant = this.#codes.get(code);
    if (grant === undefined || grant.expiresAt <= now) return { ok: false };
    if (grant.clientId !== clientId || grant.redirectUri !== redirectUri) return { ok: false };
    this.#codes.delete(code);
    const grantId = randomToken();
    this.#spentCodes.set(code, { grantId, expiresAt: grant.expiresAt });
    return { ok: true, grant, grantId };
  }

  issueToken(prefix: string, grant: TokenGrant): string {
    const token = randomToken(prefix);
    this.#tokens.set(token, grant);
    let tokens = this.#grants.get(grant.grantId);
    if (tokens === undefined) {
      tokens = new Set();
      this.#grants.set(grant.grantId, tokens);
    }
    tokens.add(token);
    return token;
  }

  /** Note a refresh token issued for `grantId`, counting it as a refresh when `refreshed`. */
  noteRefreshToken(grantId: string, refreshToken: string, refreshed: boolean): void {
    const previous = this.#history.get(grantId);
    this.#history.set(grantId, {
      grantId,
      refreshes: (previous?.refreshes ?? 0) + (refreshed ? 1 : 0),
      lastRefreshToken: refreshToken,
    });
  }

  /** The history of the authorization `grantId`, while any of its tokens lives. */
  history(grantId: string): GrantHistory | undefined {
    const entry = this.#history.get(grantId);
    return entry && { ...entry };
  }

  /** A valid (issued, unexpired, unrevoked) token. */
  find(token: string, now: number): TokenGrant | undefined {
    const grant = this.#tokens.get(token);
    return grant !== undefined && grant.expiresAt > now ? grant : undefined;
  }

  /** Revoke one token (RFC 7009 §2.1). */
  revoke(token: string): void {
    const grant = this.#tokens.get(token);
    if (grant === undefined) return;
    this.#tokens.delete(token);
    const siblings = this.#grants.get(grant.grantId);
    siblings?.delete(token);
    if (siblings?.size === 0) this.#grants.delete(grant.grantId);
  }

  /** Revoke every token of one authorization. */
  revokeGrant(grantId: string): void {
    for (const token of this.#grants.get(grantId) ?? []) this.#tokens.delete(token);
    this.#grants.delete(grantId);
    this.#history.delete(grantId);
  }

  /** Delete everything expired at `now`. */
  purge(now: number): void {
    for (const [code, grant] of this.#codes) if (grant.expiresAt <= now) this.#codes.delete(code);
    for (const [code, spent] of this.#spentCodes) if (spent.expiresAt <= now) this.#spentCodes.delete(code);
    for (const [token, grant] of this.#tokens) {
      if (grant.expiresAt > now) continue;
      this.#tokens.delete(token);
      const siblings = this.#grants.get(grant.grantId);
      siblings?.delete(token);
      if (siblings?.size === 0) this.#grants.delete(grant.grantId);
    }
    // Not in revoke(): a refresh revokes the presented token before issuing the next one.
    for (const grantId of this.#history.keys()) if (!this.#grants.has(grantId)) this.#history.delete(grantId);
  }

  /** How many entries are held (for memory tests). */
  get size(): { codes: number; spentCodes: number; tokens: number; grants: number } {
    return { codes: this.#codes.size, spentCodes: this.#spentCodes.size, tokens: this.#tokens.size, grants: this.#grants.size };
  }
}
