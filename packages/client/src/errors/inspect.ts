/**
 * The symbol Node's `util.inspect` looks up for custom output (Node.js `util.inspect.custom`,
 * registered globally with `Symbol.for`), so redacting inspectors need no `node:` import.
 */
export const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** The `inspect` function Node passes as the third argument of a custom inspector. */
export type InspectFunction = (value: unknown, options?: object) => string;

/** Format `value` with Node's inspector when it is given, as JSON elsewhere (browsers, edge runtimes). */
export function inspectWith(inspect: InspectFunction | undefined, value: unknown, options?: object): string {
  return typeof inspect === "function" ? inspect(value, options) : JSON.stringify(value);
}

/**
 * A typed error as `util.inspect` (and so `console.log`) shows it: its stack, then the fields of
 * its `toJSON()` that are set, then its cause one level deeper. Only those redacted fields are
 * shown, never the error's own properties as they happen to be.
 */
export function inspectError(
  error: Error & { toJSON(): Record<string, unknown> },
  options: { depth?: number | null } = {},
  inspect?: InspectFunction,
): string {
  const { name: _name, message: _message, cause: _cause, ...fields } = error.toJSON();
  for (const key of Object.keys(fields)) if (fields[key] === undefined) delete fields[key];
  let text = `${error.stack ?? `${error.name}: ${error.message}`} ${inspectWith(inspect, fields, options)}`;
  if (error.cause !== undefined) {
    const depth = options.depth == null ? options.depth : options.depth - 1;
    text += `\n  [cause]: ${inspectWith(inspect, error.cause, { ...options, depth })}`;
  }
  return text;
}
