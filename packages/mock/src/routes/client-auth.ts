import { createHash, timingSafeEqual } from "node:crypto";
import type { MockContext, MockRequest } from "../context.js";
import { parseBasicCredentials } from "../http/credentials.js";
import type { MockClient } from "../options.js";

/**
 * The client a token-endpoint request authenticates as with HTTP Basic (RFC 6749 §2.3.1), which is
 * the only client authentication Pinterest accepts. Secrets are compared in constant time.
 */
export function authenticateClient(request: MockRequest, context: MockContext): Readonly<Required<MockClient>> | undefined {
  const credentials = parseBasicCredentials(request.headers.authorization);
  if (credentials === undefined) return undefined;
  const client = context.findClient(credentials.clientId);
  if (client === undefined) return undefined;
  return sameSecret(client.clientSecret, credentials.clientSecret) ? client : undefined;
}

function sameSecret(expected: string, given: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(expected), digest(given));
}
