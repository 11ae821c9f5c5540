/**
 * Show that a secret exists without showing it: a short prefix (Pinterest tokens start with a
 * type marker such as `pina_`/`pinr_`) and the length, never enough to use it.
 */
export function redactSecret(secret: string | undefined): string {
  if (!secret) return "(none)";
  const prefix = /^[a-z]{3,5}_/i.exec(secret)?.[0] ?? "";
  return `${prefix}… (${secret.length} chars, redacted)`;
}

/** An epoch-milliseconds time as ISO 8601, or "never" when absent. */
export function formatTime(epochMs: number | undefined): string {
  return epochMs === undefined ? "never" : new Date(epochMs).toISOString();
}
