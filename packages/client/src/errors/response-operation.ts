// Which operation each response answered, so an error built from `{ error, response }` alone can
// say "GET /boards". Weak keys: remembering a response never keeps it alive.
const OPERATIONS = new WeakMap<Response, string>();

/** Record that `response` answered `operation` (`"GET /boards"`); the client does this for every call. */
export function rememberOperation(response: Response, operation: string): void {
  OPERATIONS.set(response, operation);
}

/** The operation a response answered, if it came through a client of this package. */
export function operationOf(response: Response): string | undefined {
  return OPERATIONS.get(response);
}
