import { createPinterestClient, type PinterestClient } from "@pinterest-kit/client";
import { expect } from "vitest";
import type { MockPinterest } from "../../src/index.js";
import { type OperationId, operationValidators } from "../../src/schema/operation-validators.js";

/** Every scope an organic call may need. */
export const ALL_SCOPES = [
  "boards:read",
  "boards:read_secret",
  "boards:write",
  "boards:write_secret",
  "pins:read",
  "pins:read_secret",
  "pins:write",
  "pins:write_secret",
  "user_accounts:read",
  "user_accounts:write",
] as const;

/** A typed client on the mock whose token carries `scopes`; it never retries, so each answer is the mock's own. */
export function clientWith(mock: MockPinterest, scopes: readonly string[] = ALL_SCOPES, appOnly = false): PinterestClient {
  const token = mock.issueAccessToken({ scopes, appOnly });
  return createPinterestClient({
    baseUrl: mock.baseUrl,
    headers: { Authorization: `Bearer ${token}` },
    retry: { retries: 0 },
  });
}

/** What an openapi-fetch call resolves to, loosely. */
export interface CallResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * Assert that an answer validates against the pinned response schema of its operation and status
 * (closed: no undeclared field), and return its status and body.
 */
export function expectSchemaValid(operationId: OperationId, result: CallResult): { status: number; body: unknown } {
  const status = result.response.status;
  const body = result.data ?? result.error;
  const validators = operationValidators(operationId);
  expect(validators.statuses.has(String(status)) || validators.statuses.has("default"), `${operationId} declares ${status}`).toBe(
    true,
  );
  const check = validators.response(status);
  if (check === undefined) expect(body, `${operationId} ${status} has no body`).toBeUndefined();
  else expect(check(body), `${operationId} ${status} ${JSON.stringify(body).slice(0, 300)}`).toEqual({ valid: true });
  return { status, body };
}

/** Yesterday and the day before on the mock's clock, as analytics dates. */
export function recentDays(now: number): { start_date: string; end_date: string } {
  const day = (offset: number) => new Date(now - offset * 86_400_000).toISOString().slice(0, 10);
  return { start_date: day(2), end_date: day(1) };
}
