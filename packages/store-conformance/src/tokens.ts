import { TokenSet } from "@pinterest-kit/oauth";

let sequence = 0;

/** A distinct, valid TokenSet named `label` (its refresh token is `pinr_<label>_<n>`). */
export function tokensNamed(label: string, receivedAt = Date.now()): TokenSet {
  sequence++;
  return new TokenSet({
    accessToken: `pina_${label}_${sequence}`,
    tokenType: "bearer",
    scopes: ["user_accounts:read", "pins:write"],
    expiresIn: 3600,
    receivedAt,
    expiresAt: receivedAt + 3_600_000,
    refreshToken: `pinr_${label}_${sequence}`,
    refreshTokenExpiresAt: receivedAt + 60 * 86_400_000,
  });
}

/** The JSON form of what a store returned, for comparing stored values across instances and processes. */
export function json(tokens: TokenSet | undefined) {
  return tokens === undefined ? undefined : JSON.parse(JSON.stringify(tokens.toJSON()));
}
