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
