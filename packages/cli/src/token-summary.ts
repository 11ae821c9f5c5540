import type { TokenSet } from "@pinterest-kit/oauth";
import { formatTime, redactSecret } from "./redact.js";

/** What a person needs to know about stored tokens, with the tokens themselves redacted. */
export function printTokenSummary(tokens: TokenSet, file: string): void {
  console.log(`Tokens written to ${file} (mode 0600).`);
  console.log(`  scopes                 ${tokens.scopes.join(", ")}`);
  console.log(`  access token           ${redactSecret(tokens.accessToken)}, expires ${formatTime(tokens.expiresAt)}`);
  console.log(
    `  refresh token          ${redactSecret(tokens.refreshToken)}, expires ${formatTime(tokens.refreshTokenExpiresAt)}`,
  );
}
