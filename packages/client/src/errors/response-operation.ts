// Which operation each response (or rejection) belongs to, so an error built from
// `{ error, response }` or from what a call threw can say "GET /boards". Weak keys: remembering
// never keeps a response or an error alive.
const OPERATIONS = new WeakMap<object, string>();

/** Record that `outcome` (a Response, or what the call threw) came from `operation`; the client does this for every call. */
export function rememberOperation(outcome: unknown, operation: string): void {
  if (typeof outcome === "object" && outcome !== null) OPERATIONS.set(outcome, operation);
}

/** The operation a response or a thrown error came from, if it came through a client of this package. */
export function operationOf(outcome: unknown): string | undefined {
  return typeof outcome === "object" && outcome !== null ? OPERATIONS.get(outcome) : undefined;
}
