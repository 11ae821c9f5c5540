import type { PinterestScope, TokenResponse } from "@pinterest-kit/client";
import { defineInspect, inspectWith, REDACTED } from "@pinterest-kit/client/internal";

/** `response_type` of a Pinterest token response (generated schema `OauthAccessTokenResponse`). */
export type TokenResponseType = NonNullable<TokenResponse["response_type"]>;

/** The stored form of a {@link TokenSet}: every field, times in epoch milliseconds. Holds tokens: keep it private. */
export interface TokenSetJSON {
  accessToken: string;
  tokenType: string;
  scopes: PinterestScope[];
  /** Lifetime of the access token in seconds, as granted. */
  expiresIn: number;
  receivedAt: number;
  expiresAt: number;
  refreshToken?: string;
  refreshTokenExpiresAt?: number;
  responseType?: TokenResponseType;
}

/** Every `response_type` value of the generated schema. */
export const RESPONSE_TYPES: ReadonlySet<string> = new Set([
  "authorization_code",
  "refresh_token",
  "client_credentials",
  "integration_refresh",
]);

/**
 * Tokens granted by Pinterest's `POST /oauth/token` (RFC 6749 §5.1), with times resolved to epoch
 * milliseconds. `toJSON()` is for storage and includes the tokens; `util.inspect` redacts them.
 */
export class TokenSet {
  readonly accessToken: string;
  readonly tokenType: string;
  readonly scopes: readonly PinterestScope[];
  readonly expiresIn: number;
  /** When the response arrived (the injected clock), epoch ms. */
  readonly receivedAt: number;
  /** `receivedAt + expiresIn * 1000`. */
  readonly expiresAt: number;
  // `declare`: absent fields stay absent (not own `undefined` properties), so stored JSON round-trips exactly.
  declare readonly refreshToken?: string;
  /** When the refresh token expires, epoch ms. */
  declare readonly refreshTokenExpiresAt?: number;
  declare readonly responseType?: TokenResponseType;

  constructor(fields: TokenSetJSON) {
    this.accessToken = fields.accessToken;
    this.tokenType = fields.tokenType;
    this.scopes = Object.freeze([...fields.scopes]);
    this.expiresIn = fields.expiresIn;
    this.receivedAt = fields.receivedAt;
    this.expiresAt = fields.expiresAt;
    if (fields.refreshToken !== undefined) this.refreshToken = fields.refreshToken;
    if (fields.refreshTokenExpiresAt !== undefined) this.refreshTokenExpiresAt = fields.refreshTokenExpiresAt;
    if (fields.responseType !== undefined) this.responseType = fields.responseType;
    defineInspect(this, (options, inspect) => {
      const shown: Record<string, unknown> = { ...this.toJSON(), accessToken: REDACTED };
      if (this.refreshToken !== undefined) shown.refreshToken = REDACTED;
      return `TokenSet ${inspectWith(inspect, shown, options)}`;
    });
  }

  /** Whether the access token has expired, or will within `skewMs`, at `now` (default `Date.now()`). */
  isExpired({ skewMs = 0, now = Date.now() }: { skewMs?: number; now?: number } = {}): boolean {
    return now + skewMs >= this.expiresAt;
  }

  /** Every field, for a token store; {@link TokenSet.fromJSON} reads it back exactly. */
  toJSON(): TokenSetJSON {
    const json: TokenSetJSON = {
      accessToken: this.accessToken,
      tokenType: this.tokenType,
      scopes: [...this.scopes],
      expiresIn: this.expiresIn,
      receivedAt: this.receivedAt,
      expiresAt: this.expiresAt,
    };
    if (this.refreshToken !== undefined) json.refreshToken = this.refreshToken;
    if (this.refreshTokenExpiresAt !== undefined) json.refreshTokenExpiresAt = this.refreshTokenExpiresAt;
    if (this.responseType !== undefined) json.responseType = this.responseType;
    return json;
  }

  /** Rebuild a TokenSet from {@link TokenSet.toJSON} output (e.g. `JSON.parse` of a stored file), checking every field. */
  static fromJSON(json: unknown): TokenSet {
    if (json === null || typeof json !== "object" || Array.isArray(json)) {
      throw new TypeError("TokenSet.fromJSON(json) needs the object TokenSet#toJSON() returned.");
    }
    const value = json as Record<string, unknown>;
    const fail = (field: string, want: string): never => {
      throw new TypeError(`TokenSet.fromJSON: ${field} must be ${want}.`);
    };
    if (typeof value.accessToken !== "string" || value.accessToken === "") fail("accessToken", "a non-empty string");
    if (typeof value.tokenType !== "string") fail("tokenType", "a string");
    if (!Array.isArray(value.scopes) || !value.scopes.every((s) => typeof s === "string")) fail("scopes", "an array of strings");
    for (const field of ["expiresIn", "receivedAt", "expiresAt"]) {
      if (!Number.isFinite(value[field])) fail(field, "a finite number");
    }
    if (value.refreshToken !== undefined && (typeof value.refreshToken !== "string" || value.refreshToken === "")) {
      fail("refreshToken", "a non-empty string when present");
    }
    if (value.refreshTokenExpiresAt !== undefined && !Number.isFinite(value.refreshTokenExpiresAt)) {
      fail("refreshTokenExpiresAt", "a finite number when present");
    }
    if (value.responseType !== undefined && !RESPONSE_TYPES.has(value.responseType as string)) {
      fail("responseType", `one of ${[...RESPONSE_TYPES].join(", ")} when present`);
    }
    return new TokenSet(value as unknown as TokenSetJSON);
  }
}
