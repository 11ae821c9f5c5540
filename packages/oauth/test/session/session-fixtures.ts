import type { PinterestScope } from "@pinterest-kit/client";
import { TokenSet } from "../../src/index.js";
import { type Reply, tokenBody } from "../token-server.js";

/** Tokens received at `receivedAt` with a lifetime of `lifetimeMs`, refreshable with `refreshToken`. */
export function tokensAt(
  receivedAt: number,
  lifetimeMs: number,
  refreshToken = "pinr_initial_refresh_0",
  scopes: PinterestScope[] = ["user_accounts:read"],
): TokenSet {
  return new TokenSet({
    accessToken: "pina_initial_access_0",
    tokenType: "bearer",
    scopes,
    expiresIn: lifetimeMs / 1000,
    receivedAt,
    expiresAt: receivedAt + lifetimeMs,
    refreshToken,
    refreshTokenExpiresAt: receivedAt + 60 * 86_400_000,
  });
}

/** Each refresh answers new tokens numbered by the request: `pina_access_N`, rotated `pinr_refresh_N`. */
export const rotatingTokens: Reply = (_request, index) => ({
  body: tokenBody({
    access_token: `pina_access_${index + 1}`,
    refresh_token: `pinr_refresh_${index + 1}`,
    response_type: "refresh_token",
    expires_in: 3600,
    refresh_token_expires_in: 5_184_000,
  }),
});

/** A clock the test moves by hand. */
export function manualClock(start: number) {
  let now = start;
  return {
    now: () => now,
    set: (value: number) => {
      now = value;
    },
  };
}
