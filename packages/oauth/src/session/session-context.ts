import type { RefreshTokenOptions } from "../refresh-token.js";
import type { TokenSet } from "../token-set.js";

/** What a session needs from its `createPinterestOAuth` object. */
export interface SessionContext {
  refreshToken(token: string, options: RefreshTokenOptions): Promise<TokenSet>;
  clock: () => number;
  /** The app's secrets, never to appear in a session's errors. */
  secrets: readonly string[];
}

// Kept beside the oauth object rather than on it: the secrets stay unreachable from the object, and
// an app that only exchanges codes does not bundle the session code that reads them.
const contexts = new WeakMap<object, SessionContext>();

/** Record what `createSession(oauth, …)` will need from this oauth object. */
export function registerSessionContext(oauth: object, context: SessionContext): void {
  contexts.set(oauth, context);
}

/** The context `createPinterestOAuth` registered for `oauth`, or a `TypeError` saying what to pass. */
export function sessionContextOf(oauth: unknown): SessionContext {
  const context = typeof oauth === "object" && oauth !== null ? contexts.get(oauth) : undefined;
  if (context === undefined) {
    throw new TypeError("createSession(oauth, options): oauth must be the object createPinterestOAuth(…) returned.");
  }
  return context;
}
