/**
 * The symbol Node's `util.inspect` looks up for custom output (Node.js `util.inspect.custom`,
 * registered globally with `Symbol.for`), so redacting inspectors need no `node:` import.
 */
export const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** The `inspect` function Node passes as the third argument of a custom inspector. */
export type InspectFunction = (value: unknown, options?: object) => string;

/** The options Node passes a custom inspector (`depth` counts down as it descends). */
export type InspectOptions = { depth?: number | null };

/**
 * Give `target` (from its constructor) Node's custom inspector as an own, non-enumerable property:
 * `show` is called with the options and the `inspect` function Node passes. Not a class method
 * under the computed key `[INSPECT]`: bundlers cannot tell such a class is free of side effects, so
 * they would keep it, and all it uses, in every app's bundle whether the app uses it or not.
 */
export function defineInspect(target: object, show: (options: InspectOptions, inspect?: InspectFunction) => string): void {
  Object.defineProperty(target, INSPECT, {
    value: (_depth: number, options: InspectOptions = {}, inspect?: InspectFunction) => show(options, inspect),
    configurable: true,
    writable: true,
  });
}

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
  options: InspectOptions = {},
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
