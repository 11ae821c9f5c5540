/** `http://` + a loopback host + an optional port, then the rest (path, query). */
const LOOPBACK = /^http:\/\/(127\.0\.0\.1|\[::1\]|localhost)(:\d{1,5})?([/?].*)?$/;

/**
 * Whether a requested redirect URI matches a registered one. The rule: exact string comparison
 * (RFC 6749 §3.1.2.3, as the issue demands), with one exception from RFC 8252 §7.3 for native apps:
 * when the registered URI is an `http` loopback URI (127.0.0.1, [::1] or localhost) written without
 * a port, a request for the same URI with any port matches. A registered URI with an explicit port
 * matches only that port. No other normalization: case, trailing slashes, percent-encoding and
 * query all have to be identical.
 */
export function redirectUriMatches(registered: string, requested: string): boolean {
  if (registered === requested) return true;
  const want = LOOPBACK.exec(registered);
  if (want === null || want[2] !== undefined) return false;
  const got = LOOPBACK.exec(requested);
  if (got === null || got[2] === undefined) return false;
  const port = Number(got[2].slice(1));
  if (port < 1 || port > 65535) return false;
  return got[1] === want[1] && (got[3] ?? "") === (want[3] ?? "");
}

/** The registered URI a request matches, if any. */
export function findRedirectUri(registered: readonly string[], requested: string): string | undefined {
  return registered.find((uri) => redirectUriMatches(uri, requested));
}
