import type { Contender } from "./contenders.js";
import type { RecordedTokenRequest } from "./token-server.js";

/**
 * Send one call of each grant through two contenders and compare what the server received: method,
 * path, every header line in order and the body. Returns the differences (empty when identical).
 */
export async function compareRequestBytes(origin: string, a: Contender, b: Contender): Promise<string[]> {
  const differences: string[] = [];
  for (const operation of ["exchangeCode", "refreshToken"] as const) {
    const [first, second] = [await record(origin, () => a[operation]()), await record(origin, () => b[operation]())];
    if (JSON.stringify(first) !== JSON.stringify(second)) {
      differences.push(`${operation}: ${a.name} sent ${JSON.stringify(first)}, ${b.name} sent ${JSON.stringify(second)}`);
    }
  }
  return differences;
}

async function record(origin: string, call: () => Promise<unknown>): Promise<RecordedTokenRequest | null> {
  await call();
  const response = await fetch(`${origin}/last-request`);
  return (await response.json()) as RecordedTokenRequest | null;
}
